using TongHop.Core;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// Reads indicator values from the tables of figures of a document. A row's label is matched to the catalog like
/// a sentence (all terms of a phrasing in the label, exclusions not), and must fit the indicator's unit: a share
/// needs "%" (unit cell, "(%)", "Tỷ lệ …"), a count a unit word of the indicator ("trạm", "chứng thư"), money a
/// money unit whose factor ("triệu đồng") scales the figure. Each figure column gives a value of its kind: plan
/// columns targets, result columns results; comparison, unit, note and row-number columns never. Parts rows
/// ("Trong đó: …") are summed where their item gives no figure, and checked against it where it does: a stated
/// total wins, a mismatch is a finding.
/// </summary>
internal sealed class TableCandidates(CompiledCatalog catalog, DocumentView view)
{
    /// <summary>The finding for a table row of an indicator whose figures could not be placed under their columns.</summary>
    public const string UnreadRowCode = "table-row-unread";

    /// <summary>Support a table cell adds over a phrasing in a sentence: row, column and unit all agree.</summary>
    private const double TableBonus = 2.0;

    public (List<Candidate> Candidates, List<Finding> Findings) Read()
    {
        var candidates = new List<Candidate>();
        var findings = new List<Finding>();
        foreach (var table in view.Tables)
        {
            if (Environment.GetEnvironmentVariable("TONGHOP_DEBUG_CANDIDATES") is not null)
            {
                Console.Error.WriteLine("table: " + string.Join(" | ", table.Columns.Select(c => $"{c.Index}:{c.Role}:{c.Title}")) + $" label={table.LabelColumn}");
                foreach (var r in table.Rows)
                {
                    Console.Error.WriteLine($"   {r.Kind} off={r.Offset} '{r.Label}' cells={r.Row.Cells.Count}");
                }
            }

            ReadTable(table, candidates, findings);
        }

        foreach (var table in view.ColumnTables)
        {
            ReadColumnTable(table, candidates);
        }

        return (candidates, findings);
    }

    // A table whose columns are indicators and whose rows are the unit's parts: the total row's figures; without one, the
    // report's year's row where the rows are years, else the parts' sum for what adds up (not over periods).
    private void ReadColumnTable(IndicatorColumnTable table, List<Candidate> candidates)
    {
        if (table.Total is { } total)
        {
            ReadColumnRow(table, total, total.Filled.First(c => CellValue.Read(c.Text) is null).Text, null, 1.0, candidates);
        }
        else if (table.YearRow(view.ReportYear) is { } year)
        {
            ReadColumnRow(table, year, year.Filled.First().Text, view.ReportYear, 1.0, candidates);
        }
        else if (table.RowsAreNamedParts && !table.RowsArePeriods)
        {
            // Quarters without the year's row are no parts to add: a stock (computers, staff) is no sum of its quarters.
            SumColumnRows(table, candidates);
        }
    }

    private void ReadColumnRow(IndicatorColumnTable table, TableRow row, string label, int? rowYear, double bonus, List<Candidate> candidates)
    {
        foreach (var column in table.Columns)
        {
            var d = column.Indicator.Definition;
            if (column.Index >= row.Cells.Count || CellValue.Read(row.Cells[column.Index].Text) is not { } v ||
                Convert(d, column.Unit, v).Value is not { } x)
            {
                continue;
            }

            var (role, year) = ColumnWords.Read(column.Title);
            var kind = role == ColumnRole.Target ? ValueKind.Target : ValueKind.Actual;
            var cell = row.Cells[column.Index];
            var phrasing = 2 + (0.35 * column.Words);
            var measurement = MeasurementOf(cell, x, v.Qualifier, d.Unit, row.Span.Start);
            candidates.Add(new Candidate(column.Indicator, [measurement], x, phrasing + TableBonus + bonus,
                $"bảng, cột \"{column.Title}\", dòng \"{label}\"",
                new TableOrigin(kind, year ?? rowYear, $"{label} — {column.Title}: {cell.Text}", null, null),
                new Support(phrasing, 0, 0, 0, column.Words, true, false)));
        }
    }

    // "| 1 | Văn phòng Công ty | 112 | 4 |", "| 2 | Điện lực … | 46 | 2 |" with no total row: the parts' figures of a count,
    // of people or of money add up (every row must give one); a percent column is not added.
    private void SumColumnRows(IndicatorColumnTable table, List<Candidate> candidates)
    {
        foreach (var column in table.Columns)
        {
            var d = column.Indicator.Definition;
            if (d.Unit is not (MeasureUnit.Count or MeasureUnit.People or MeasureUnit.Vnd) || ColumnWords.Read(column.Title).Role == ColumnRole.Target)
            {
                continue;
            }

            var parts = new List<Measurement>();
            foreach (var row in table.Body)
            {
                if (column.Index >= row.Cells.Count || CellValue.Read(row.Cells[column.Index].Text) is not { } v ||
                    Convert(d, column.Unit, v).Value is not { } x)
                {
                    parts.Clear();
                    break;
                }

                parts.Add(MeasurementOf(row.Cells[column.Index], x, v.Qualifier, d.Unit, row.Span.Start));
            }

            if (parts.Count < 2)
            {
                continue;
            }

            var sum = parts.Sum(p => p.Value);
            var phrasing = 2 + (0.35 * column.Words);
            candidates.Add(new Candidate(column.Indicator, parts, sum, phrasing + TableBonus,
                $"bảng, cột \"{column.Title}\", tổng các dòng",
                new TableOrigin(ValueKind.Actual, ColumnWords.Read(column.Title).Year, $"{column.Title}: tổng {parts.Count} dòng = {VietnameseNumber.ToVietnamese(sum)}", null, null),
                new Support(phrasing, 0, 0, 0, column.Words, true, false), null, UnsureCeiling));
        }
    }

    // A table's parts added up where it states no total: the rows may not be all of the unit (a wrong value is worse than
    // none), so the sum stays under the sure mark.
    private const double UnsureCeiling = 0.85;

    private void ReadTable(DataTable table, List<Candidate> all, List<Finding> findings)
    {
        var candidates = new List<Candidate>();
        var columns = table.ValueColumns.Where(c => IsReportPeriod(c)).ToList();
        DataRow? item = null;
        Match? itemMatch = null;
        var parts = new List<DataRow>();
        foreach (var row in table.Rows.Append(null))
        {
            if (row is { Kind: RowKind.Unread } && MatchRow(table, row, null) is { } unread)
            {
                findings.Add(Unread(table, row, unread));
            }

            if (row is null || row.Kind != RowKind.Part)
            {
                if (item is not null && parts.Count > 0)
                {
                    ReadParts(table, columns, item, itemMatch, parts, candidates, findings);
                }

                parts.Clear();
                item = row?.Kind == RowKind.Item ? row : null;
                itemMatch = item is null ? null : MatchRow(table, item, null);
                if (item is not null && itemMatch is { } m)
                {
                    candidates.AddRange(Values(table, columns, item, m));
                }

                continue;
            }

            parts.Add(row);
            if (MatchRow(table, row, itemMatch?.Indicator.Definition.Key) is { } own)
            {
                candidates.AddRange(Values(table, columns, row, own));
            }
        }

        SumSourceRows(table, columns, candidates);
        if (candidates.Count == 0)
        {
            ItemsOfTheMoneyAbove(table, columns, candidates);
        }

        all.AddRange(candidates);
    }

    // "Kinh phí ứng dụng công nghệ thông tin năm 2025:" over "| Nội dung chi | Dự toán (nghìn đồng) | Thực hiện (nghìn đồng) |"
    // whose rows are what the money went to ("Duy trì phòng họp không giấy | 450.000 | 438.600"): where every figure
    // column's title states a money unit, no row names an indicator of its own and the line right above the table is a
    // label (ending in its colon) that names one money indicator that adds up, the rows are that money's items: their sum
    // is its value in each column (a total row gives it instead). The rows may not be all of it, so the sum stays under
    // the sure mark.
    private void ItemsOfTheMoneyAbove(DataTable table, List<DataColumn> columns, List<Candidate> candidates)
    {
        if (ColumnsUnit(table) is not { } unit || columns.Count == 0 || LeadIn(table) is not { } lead)
        {
            return;
        }

        CompiledIndicator? money = null;
        var score = 0.0;
        var words = 0;
        foreach (var indicator in catalog.Indicators)
        {
            if (indicator.Definition is not { Unit: MeasureUnit.Vnd, Aggregate: AggregateMethod.Sum } ||
                PhrasingIn(indicator, lead, view.Sentences[lead]) is not { Score: { } s } found)
            {
                continue;
            }

            if (money is not null && Math.Abs(s - score) <= 0.01)
            {
                return; // two money indicators named alike: the label does not say which
            }

            if (money is null || s > score)
            {
                (money, score, words) = (indicator, s, found.Words);
            }
        }

        var items = table.Rows.Where(r => r.Kind == RowKind.Item).ToList();
        if (money is null || items.Count < 2 || HasRowsAtTwoLevels(table.Rows))
        {
            return;
        }

        var total = items.FirstOrDefault(IsTotalRow);
        var rows = total is null ? items : [total];
        foreach (var column in columns)
        {
            decimal sum = 0;
            foreach (var row in rows)
            {
                if (row.Cell(column) is not { } cell || CellValue.Read(cell.Text) is not { } v || Convert(money.Definition, unit, v).Value is not { } x)
                {
                    return; // a row without a figure: which rows are the money's the table does not say
                }

                sum += x;
            }

            var anchor = rows[0];
            var kind = column.Role == ColumnRole.Target ? ValueKind.Target : ValueKind.Actual;
            candidates.Add(new Candidate(money, [MeasurementOf(anchor.Cell(column)!, sum, Qualifier.Exact, money.Definition.Unit, anchor)], sum,
                score + TableBonus, total is null ? "tổng các khoản chi dưới nhãn kinh phí" : "dòng tổng dưới nhãn kinh phí",
                new TableOrigin(kind, column.Year, $"{view.Evidence(lead)} — {column.Title}: tổng {rows.Count} dòng = {VietnameseNumber.ToVietnamese(sum)}", null, null),
                new Support(score, 0, 0, 0, words, true, false), null, UnsureCeiling));
        }
    }

    // The sentence right above the table when it is a label that ends in its colon and is no row of a table, or null.
    private int? LeadIn(DataTable table)
    {
        var first = SentenceIndex.Of(view.Sentences, table.Span.Start);
        var lead = first - 1;
        if (first < 0 || lead < 0 || view.IsTableRow(lead))
        {
            return null;
        }

        var span = view.Sentences[lead];
        return view.Text[span.End - 1] == ':' && view.MeasurementsIn(lead).Count == 0 ? lead : null;
    }

    // "| Ngân sách tỉnh | 500 | 480 |", "| Nguồn sự nghiệp | 200 | 150 |" with no total row: rows one after another that each
    // name a source of money (a budget, a source, support), at least one of them read as a money indicator that adds up,
    // are parts of that money: their sum is its value in each column, and no row alone is (a wrong value is worse than
    // none). A total row right after or before them ("Tổng cộng", "Cộng") gives the value instead. A row that names no
    // source (another year, a plan) ends the run.
    private void SumSourceRows(DataTable table, List<DataColumn> columns, List<Candidate> candidates)
    {
        var rows = table.Rows;
        var i = 0;
        while (i < rows.Count)
        {
            var j = i;
            while (j < rows.Count && rows[j].Kind == RowKind.Item && NamesASource(rows[j].Label))
            {
                j++;
            }

            if (j - i >= 2 && MoneyOfRows(candidates, rows, i, j) is { } indicator)
            {
                var total = (j < rows.Count && IsTotalRow(rows[j]) ? rows[j] : null) ?? (i > 0 && IsTotalRow(rows[i - 1]) ? rows[i - 1] : null);
                var run = rows.Skip(i).Take(j - i).ToList();
                var best = candidates.Where(c => c.Indicator == indicator && run.Any(r => Within(c, r))).MaxBy(c => c.Score)!;
                candidates.RemoveAll(c => c.Indicator == indicator && run.Any(r => Within(c, r)));
                foreach (var column in columns)
                {
                    if ((total is null ? SumOf(table, run, column, indicator) : SumOf(table, [total], column, indicator)) is not { } sum)
                    {
                        continue;
                    }

                    var kind = !table.HasHeader ? (ValueKind?)null : column.Role == ColumnRole.Target ? ValueKind.Target : ValueKind.Actual;
                    var anchor = total ?? run[0];
                    var cell = anchor.Cell(column)!;
                    var evidence = total is null
                        ? $"{string.Join(" + ", run.Select(r => r.Label))} — {column.Title}: tổng các nguồn = {VietnameseNumber.ToVietnamese(sum)}"
                        : Evidence(table, total, column, cell);
                    candidates.Add(new Candidate(indicator, [MeasurementOf(cell, sum, Qualifier.Exact, indicator.Definition.Unit, anchor)], sum,
                        best.Score, total is null ? "tổng các dòng nguồn kinh phí" : "dòng tổng của các nguồn",
                        new TableOrigin(kind, column.Year, evidence, null, null), best.Support));
                }
            }

            i = Math.Max(j, i + 1);
        }
    }

    private static bool Within(Candidate c, DataRow row) => c.Table is not null && c.First.Span.Start >= row.Span.Start && c.First.Span.End <= row.Span.End;

    private static bool NamesASource(string label) => FoldedWords.HasAny(FoldedWords.Of(VietnameseText.FoldLower(label)), MoneySources.SourceWords);

    // "Tổng cộng", "Cộng", "TỔNG SỐ": the label's first word as written, so "Công tác tuyên truyền" (công folds like cộng)
    // is no total row.
    private static bool IsTotalRow(DataRow row)
    {
        if (row.Kind != RowKind.Item)
        {
            return false;
        }

        var label = row.Label.AsSpan().TrimStart(" \t-–+*.:|");
        var end = label.IndexOfAny(" \t:(");
        var first = end < 0 ? label : label[..end];
        return FoldedWords.WrittenAs(first, "tổng", "tong") || FoldedWords.WrittenAs(first, "cộng", "cong");
    }

    private static bool IsSubItemNumber(ReadOnlySpan<char> t)
    {
        var parts = 0;
        foreach (var range in t.TrimEnd('.').Split('.'))
        {
            var part = t.TrimEnd('.')[range];
            if (part.Length is 0 or > 2 || part.ContainsAnyExcept("0123456789"))
            {
                return false;
            }

            parts++;
        }

        return parts >= 2;
    }

    // "1 | Hạ tầng | 300.000", "1.1 | Mua máy tính | 200.000", "1.2 | Mạng nội bộ | 100.000": rows at two levels, where a
    // group row's figure is the sum of the rows under it. Adding every row would count those twice.
    private static bool HasRowsAtTwoLevels(IEnumerable<DataRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var cell in row.Row.Cells)
            {
                var t = cell.Text.AsSpan().Trim();
                if (t.Length == 0)
                {
                    continue;
                }

                if (IsSubItemNumber(t))
                {
                    return true; // "1.1", "2.3", "1.2.1" (not "1.000", a figure)
                }

                if (t.Length <= 3 && (t[^1] == ')' || t[^1] == '.') && t.Length > 1 && char.IsAsciiLetterLower(t[0]))
                {
                    return true; // "a)", "b."
                }

                break; // only the row's first filled cell holds its number
            }
        }

        return false;
    }

    // The one money indicator that adds up read from the rows [from, to): the rows' money.
    private static CompiledIndicator? MoneyOfRows(List<Candidate> candidates, IReadOnlyList<DataRow> rows, int from, int to)
    {
        var read = candidates
            .Where(c => c.Indicator.Definition is { Unit: MeasureUnit.Vnd, Aggregate: AggregateMethod.Sum } && rows.Skip(from).Take(to - from).Any(r => Within(c, r)))
            .Select(c => c.Indicator)
            .Distinct()
            .ToList();
        return read.Count == 1 ? read[0] : null;
    }

    // Every row's figure in the column, in đồng; null where a row has none.
    private decimal? SumOf(DataTable table, List<DataRow> rows, DataColumn column, CompiledIndicator indicator)
    {
        decimal sum = 0;
        foreach (var row in rows)
        {
            if (row.Cell(column) is not { } cell || CellValue.Read(cell.Text) is not { } v || UnitOf(table, row) is not { Measure: Measure.Money } unit ||
                Convert(indicator.Definition, unit, v).Value is not { } x)
            {
                return null;
            }

            sum += x;
        }

        return sum;
    }

    // A column of another period ("Thực hiện năm 2024" in a report on 2025) is not the report's.
    private bool IsReportPeriod(DataColumn c) =>
        c.Year is not { } year || view.ReportYear is not { } report || year == report ||
        (year > report && c.Role == ColumnRole.Target);

    private readonly record struct Match(CompiledIndicator Indicator, RowUnit Unit, double Score, string Reason, Support Support);

    private Match? MatchRow(DataTable table, DataRow row, string? notKey)
    {
        var sentence = SentenceIndex.Of(view.Sentences, row.LabelSpan.Start);
        if (sentence < 0 || row.Label.Length == 0)
        {
            return null;
        }

        var unit = UnitOf(table, row);
        var labelUnit = RowUnit.FromLabel(row.Label);
        var hasShare = table.ValueColumns.Any(c => c.Role == ColumnRole.Share);
        var leading = RowUnit.LeadingNoun(row.Label); // the same for every indicator: read once
        Match? best = null;
        var tied = false;
        foreach (var indicator in catalog.Indicators)
        {
            if (indicator.Definition.Key == notKey || IsExcluded(indicator, sentence, row.LabelSpan) ||
                Fit(indicator, unit, labelUnit, leading, hasShare) is not { } fit)
            {
                continue;
            }

            var (score, reason, words) = PhrasingIn(indicator, sentence, row.LabelSpan);
            var unitOnly = false;
            if (score is null && indicator.Definition.UnitWordSuffices && labelUnit is { } lu && indicator.UnitWordLeads(lu.Noun))
            {
                (score, reason, unitOnly) = (1.2, "từ đơn vị \"" + lu.Noun + "\"", true);
            }
            else if (score is null && indicator.Definition.UnitWordSuffices && OnlyAUnitWord(indicator, row.Label) is { } noun)
            {
                (score, reason, unitOnly) = (1.2, "nhãn là đơn vị \"" + noun + "\"", true);
            }

            if (score is not { } s)
            {
                continue;
            }

            // A share read from a row of counts (a fraction cell) is the weaker reading where a count indicator's unit
            // word fits the row as well ("Số tài khoản thư điện tử công vụ | tài khoản | 126" counts accounts).
            var total = s + TableBonus + 1.0 - (indicator.Definition.Unit == MeasureUnit.Percent && fit.Measure != Measure.Percent && !hasShare ? 1.0 : 0);
            if (best is null || total > best.Value.Score + 0.01)
            {
                best = new Match(indicator, fit, total, reason!, new Support(s, 0, 0, 0, words, true, unitOnly));
                tied = false;
            }
            else if (Math.Abs(total - best.Value.Score) <= 0.01)
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }

    // "Máy tính (chiếc)", "Số máy tính": a label that is nothing but a unit word of an indicator a count of that word names
    // (after a count word, before a unit in brackets) names it, whatever the bracket's unit. One more word may narrow it
    // ("Máy tính hỏng", "Máy tính đã cài phần mềm …"): no longer only the unit word.
    private static string? OnlyAUnitWord(CompiledIndicator indicator, string label)
    {
        var open = label.IndexOf('(');
        var noun = RowUnit.LeadingNoun(open > 0 ? label[..open] : label).Noun;
        return noun.Split(' ').Length < 4 && indicator.UnitWords.Contains(noun) ? noun : null;
    }

    // The row's unit: its unit cell, else the money unit every figure column's title states ("Dự toán giao (triệu đồng) |
    // Thực hiện (triệu đồng)": rows that name only a source, "Ngân sách tỉnh (chi thường xuyên)", are money), else its label's.
    private static RowUnit? UnitOf(DataTable table, DataRow row)
    {
        var unitCell = table.Columns.FirstOrDefault(c => c.Role == ColumnRole.Unit) is { } u ? row.Cell(u)?.Text : null;
        return (unitCell is { Length: > 0 } ? RowUnit.FromCell(unitCell) : null) ?? ColumnsUnit(table) ?? RowUnit.FromLabel(row.Label);
    }

    private static RowUnit? ColumnsUnit(DataTable table)
    {
        RowUnit? unit = null;
        foreach (var column in table.ValueColumns)
        {
            if (RowUnit.FromLabel(column.Title) is not { Measure: Measure.Money } u || (unit is { } seen && seen.Factor != u.Factor))
            {
                return null;
            }

            unit = u;
        }

        return unit;
    }

    // The unit the row gives must be the indicator's: a share in %, a count in one of its unit words, money, area.
    /// <param name="leading">The label's leading noun (<see cref="RowUnit.LeadingNoun"/>).</param>
    internal static RowUnit? Fit(CompiledIndicator indicator, RowUnit? unit, RowUnit? labelUnit, RowUnit leading, bool hasShare)
    {
        var d = indicator.Definition;
        switch (d.Unit)
        {
            case MeasureUnit.Percent:
                // A share is read from a % row, from the "Tỷ lệ" column of a row of counts, or from a fraction in a row
                // of counts ("Số thôn có sóng 4G | 12/14").
                return unit?.Measure == Measure.Percent ? unit
                    : (hasShare || d.IsRatio) && unit?.Measure is null or Measure.Number ? unit ?? new RowUnit(Measure.Number, 1, "") : null;
            case MeasureUnit.Count or MeasureUnit.People:
                // A label that begins with what the indicator counts ("Máy tính phục vụ …" beside "máy", "Lượt người
                // tham gia …" with no unit at all) fits as well as a unit word.
                var leads = indicator.UnitWords.Length > 0 && indicator.UnitWordLeads(leading.Noun);
                if (unit is not { Measure: Measure.Number } u)
                {
                    return unit is null && leads ? leading : null;
                }

                return indicator.UnitWords.Length == 0 || indicator.UnitWordLeads(u.Noun) ||
                       (labelUnit is { Measure: Measure.Number } l && indicator.UnitWordLeads(l.Noun)) || leads
                    ? u
                    : null;
            case MeasureUnit.Vnd:
                return unit?.Measure == Measure.Money ? unit : null;
            case MeasureUnit.Km2:
                return unit?.Measure == Measure.Area ? unit : null;
            default:
                return null;
        }
    }

    // Like a sentence: every term of a phrasing in the label; longer phrasings score higher.
    private (double? Score, string? Reason, int Words) PhrasingIn(CompiledIndicator indicator, int sentence, TextSpan label)
    {
        double? best = null;
        string? reason = null;
        var words = 0;
        foreach (var phrasing in indicator.Phrasings)
        {
            if (phrasing.Terms.All(id => view.Terms[sentence].Hits(id).Any(h => h.Start >= label.Start && h.End <= label.End)))
            {
                var score = 2 + (0.35 * phrasing.Source.WordCount);
                if (best is null || score > best)
                {
                    (best, reason, words) = (score, "bảng, dòng \"" + phrasing.Source.Text + "\"", phrasing.Source.WordCount);
                }
            }
        }

        return (best, reason, words);
    }

    // Asked for every row and indicator: loops, not closures.
    private bool IsExcluded(CompiledIndicator indicator, int sentence, TextSpan label)
    {
        var terms = view.Terms[sentence];
        foreach (var id in indicator.Exclusions)
        {
            var hits = terms.Hits(id);
            for (var i = 0; i < hits.Count; i++)
            {
                if (hits[i].Start >= label.Start && hits[i].End <= label.End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IEnumerable<Candidate> Values(DataTable table, List<DataColumn> columns, DataRow row, Match match)
    {
        var any = false;
        foreach (var column in columns)
        {
            if (ValueIn(table, row, column, match) is { } candidate)
            {
                any = true;
                yield return candidate;
            }
        }

        if (!any && NoteShare(table, columns, row, match) is { } share)
        {
            yield return share;
        }
    }

    // "Hồ sơ nộp trực tuyến | hồ sơ | 5.210 | Chiếm 87,4%": a share indicator read from a row of counts has no figure of
    // its own there; the one percent in the row's note, beside a result, is the share of that result (its kind actual).
    // A note with two percents, or a row without a result, says nothing sure.
    private Candidate? NoteShare(DataTable table, List<DataColumn> columns, DataRow row, Match match)
    {
        var d = match.Indicator.Definition;
        if (d.Unit != MeasureUnit.Percent || match.Unit.Measure == Measure.Percent || !table.HasHeader ||
            table.Columns.FirstOrDefault(c => c.Role == ColumnRole.Note) is not { } note || row.Cell(note) is not { } cell)
        {
            return null;
        }

        var result = columns.FirstOrDefault(c => c.Role == ColumnRole.Actual && row.Cell(c) is { } x && CellValue.Read(x.Text) is not null);
        if (result is null)
        {
            return null;
        }

        var sentence = SentenceIndex.Of(view.Sentences, row.Span.Start);
        if (sentence < 0)
        {
            return null;
        }

        Measurement? percent = null;
        foreach (var m in view.MeasurementsIn(sentence))
        {
            if (m.Span.Start >= cell.Span.Start && m.Span.End <= cell.Span.End + 1 && m.Measure is Measure.Percent or Measure.Fraction)
            {
                if (percent is not null || m.Measure != Measure.Percent)
                {
                    return null;
                }

                percent = m;
            }
        }

        if (percent is null || percent.Value > 100 || view.IsChange(percent))
        {
            return null;
        }

        var origin = new TableOrigin(ValueKind.Actual, result.Year, Evidence(table, row, note, cell), null, null);
        return new Candidate(match.Indicator, [percent], percent.Value, match.Score, match.Reason + ", cột ghi chú", origin, match.Support);
    }

    private Candidate? ValueIn(DataTable table, DataRow row, DataColumn column, Match match)
    {
        var d = match.Indicator.Definition;
        if (row.Cell(column) is not { } cell || CellValue.Read(cell.Text) is not { } v ||
            (d.Unit != MeasureUnit.Percent && (column.Role == ColumnRole.Share || column.Title.Contains('%'))) ||
            (d.Unit == MeasureUnit.Percent && match.Unit.Measure != Measure.Percent && column.Role != ColumnRole.Share && v.Numerator is null))
        {
            return null;
        }

        var (value, numerator, denominator) = Convert(d, match.Unit, v);
        if (value is not { } x)
        {
            return null;
        }

        if (d.Unit == MeasureUnit.Percent && numerator is null && column.Role != ColumnRole.Target && NoteFraction(table, row, x) is { } parts)
        {
            (numerator, denominator) = parts;
        }

        var kind = !table.HasHeader ? (ValueKind?)null : column.Role == ColumnRole.Target ? ValueKind.Target : ValueKind.Actual;
        var measurement = MeasurementOf(cell, x, v.Qualifier, d.Unit, row);
        var origin = new TableOrigin(kind, column.Year, Evidence(table, row, column, cell), numerator, denominator);
        return new Candidate(match.Indicator, [measurement], x, match.Score, match.Reason, origin, match.Support);
    }

    private static (decimal? Value, decimal? Numerator, decimal? Denominator) Convert(IndicatorDefinition d, RowUnit unit, CellValue v) => d.Unit switch
    {
        MeasureUnit.Percent when v.Value <= 1000 => (v.Value, v.Numerator, v.Denominator),
        MeasureUnit.Count or MeasureUnit.People when (v.Numerator ?? v.Value) is var n && n == decimal.Truncate(n) && !v.HasPercentSign => (n, null, null),
        MeasureUnit.Vnd or MeasureUnit.Km2 when v.Numerator is null && !v.HasPercentSign => (v.Value * unit.Factor, null, null),
        _ => (null, null, null),
    };

    // "25/27 TTHC" in the note of a row whose result is 92,6%: the share's parts.
    private static (decimal, decimal)? NoteFraction(DataTable table, DataRow row, decimal percent)
    {
        foreach (var column in table.Columns.Where(c => c.Role is ColumnRole.Note or ColumnRole.Other))
        {
            if (row.Cell(column) is { } cell && cell.Text.Split(' ')[0] is var first && CellValue.Read(first) is { Numerator: { } n, Denominator: { } d } &&
                Math.Abs((n * 100 / d) - percent) < 0.1m)
            {
                return (n, d);
            }
        }

        return null;
    }

    // The scanned quantities in the cell stand for it (so they are not also facts); a figure the scanner skipped
    // becomes a quantity of its own.
    private Measurement MeasurementOf(TableCell cell, decimal value, Qualifier qualifier, MeasureUnit unit, DataRow row) =>
        MeasurementOf(cell, value, qualifier, unit, row.Span.Start);

    private Measurement MeasurementOf(TableCell cell, decimal value, Qualifier qualifier, MeasureUnit unit, int rowStart)
    {
        var sentence = SentenceIndex.Of(view.Sentences, rowStart);
        var inCell = view.MeasurementsIn(sentence).Where(m => m.Span.Start >= cell.Span.Start && m.Span.End <= cell.Span.End + 1).ToList();
        var measure = unit switch
        {
            MeasureUnit.Percent => Measure.Percent,
            MeasureUnit.Vnd => Measure.Money,
            MeasureUnit.Km2 => Measure.Area,
            _ => Measure.Number,
        };
        var sources = inCell.Count > 0 ? inCell.SelectMany(m => m.Sources).ToList() : [new Quantity(value, measure, qualifier, cell.Span, "")];
        return new Measurement(sources, value, measure, qualifier, cell.Span, "", "", null, null, sentence, false);
    }

    private static string Evidence(DataTable table, DataRow row, DataColumn column, TableCell cell)
    {
        var unit = table.Columns.FirstOrDefault(c => c.Role == ColumnRole.Unit) is { } u && row.Cell(u) is { Text.Length: > 0 } uc ? " (" + uc.Text + ")" : "";
        var title = column.Title.Length > 0 ? column.Title : "Số liệu";
        return $"{row.Label}{unit} — {title}: {cell.Text}";
    }

    // Where the item states a figure, its parts are checked against it (a stated total wins); where it does not, the
    // parts' sum is its value.
    private void ReadParts(DataTable table, List<DataColumn> columns, DataRow item, Match? match, List<DataRow> parts,
        List<Candidate> candidates, List<Finding> findings)
    {
        foreach (var column in columns)
        {
            var values = parts.Select(p => p.Cell(column) is { } c ? CellValue.Read(c.Text) : null).ToList();
            if (values.Any(v => v is null))
            {
                continue;
            }

            // A row that ends early (a Word row's empty last cells are not written) has blank cells there.
            var own = item.Cell(column) ?? new TableCell(new TextSpan(item.Span.End, item.Span.End), "");
            var sum = values.Sum(v => v!.Value.Value);
            if (CellValue.Read(own.Text) is { } total)
            {
                if (values.Count >= 2 && sum != total.Value)
                {
                    findings.Add(Mismatch(item, column, match, values, sum, total.Value));
                }

                continue;
            }

            if (match is { } m && CellValue.IsBlank(own.Text) && m.Indicator.Definition.Unit is MeasureUnit.Count or MeasureUnit.People or MeasureUnit.Vnd)
            {
                var value = sum * m.Unit.Factor;
                var kind = !table.HasHeader ? (ValueKind?)null : column.Role == ColumnRole.Target ? ValueKind.Target : ValueKind.Actual;
                var evidence = $"{item.Label} — {column.Title}: tổng các dòng \"trong đó\" = {VietnameseNumber.ToVietnamese(value)}";
                var measurement = MeasurementOf(own, value, Qualifier.Exact, m.Indicator.Definition.Unit, item);
                candidates.Add(new Candidate(m.Indicator, [measurement], value, m.Score - 0.5, "tổng các phần trong bảng",
                    new TableOrigin(kind, column.Year, evidence, null, null), m.Support));
            }
        }
    }

    // A row of an indicator whose figures could not be placed under the table's columns: the reviewer reads it.
    private static Finding Unread(DataTable table, DataRow row, Match match)
    {
        var columns = string.Join(", ", table.ValueColumns.Select(c => "\"" + c.Title + "\""));
        return new Finding(UnreadRowCode, FindingSeverity.Warning,
            $"Bảng, dòng \"{row.Label}\": số các con số trên dòng không khớp với các cột số liệu ({columns}), không rõ số nào thuộc cột nào " +
            "(bản OCR có thể đã mất đường kẻ cột); chưa đọc số liệu của dòng này, cần người kiểm tra.",
            row.Span, match.Indicator.Definition.Key);
    }

    private static Finding Mismatch(DataRow item, DataColumn column, Match? match, List<CellValue?> parts, decimal sum, decimal total)
    {
        var listed = string.Join(" + ", parts.Select(p => VietnameseNumber.ToVietnamese(p!.Value.Value)));
        return new Finding("parts-sum-mismatch", FindingSeverity.Warning,
            $"Bảng, dòng \"{item.Label}\", cột \"{column.Title}\": các dòng \"trong đó\" {listed} = {VietnameseNumber.ToVietnamese(sum)}, " +
            $"khác với tổng {VietnameseNumber.ToVietnamese(total)} đã nêu.",
            item.Span, match?.Indicator.Definition.Key);
    }
}
