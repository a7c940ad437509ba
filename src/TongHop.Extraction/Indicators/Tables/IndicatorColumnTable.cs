using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// A table turned the other way: its rows are the unit's parts (offices, schools, villages) and its figure columns
/// are indicators ("STT | Phòng, đơn vị | Máy tính (chiếc) | Chứng thư số | Tài khoản thư điện tử công vụ"). The unit's
/// figure is its total row ("Tổng cộng", "Tổng số", "Cộng", "Toàn ngành", or the one row that is the sum of the others,
/// wherever it stands); the parts' rows are not the unit's figures. Read only
/// where <see cref="DataTableReader"/> found no table of figures: a header row without figures, at least two rows of
/// figures, and a column title that names exactly one indicator of a unit that fits it (like a row's label). Without a
/// total row, the parts' figures of a count, of people or of money add up to the unit's (parts without a total, as in
/// prose), read with less weight; a percent is not added. Rows that are years ("2024", "2025") are periods: the report's
/// year's row gives the figures. The rows are a table's, never prose.
/// </summary>
internal sealed record IndicatorColumnTable(TextTable Source, TableRow? Total, IReadOnlyList<IndicatorColumn> Columns, IReadOnlyList<TableRow> Body)
{
    public static IndicatorColumnTable? Read(TextTable table, CompiledCatalog catalog)
    {
        if (table.Rows.Count < 3 || table.Rows[0].Filled.Any(c => IsFigure(c.Text)))
        {
            return null;
        }

        var header = table.Rows[0];
        var body = table.Rows.Skip(1).Where(r => r.Filled.Any(c => IsFigure(c.Text))).ToList();
        if (body.Count < 2)
        {
            return null;
        }

        var columns = new List<IndicatorColumn>();
        for (var c = 1; c < header.Cells.Count; c++)
        {
            if (body.Count(r => c < r.Cells.Count && IsFigure(r.Cells[c].Text)) * 4 >= body.Count * 3 &&
                Indicator(catalog, header.Cells[c].Text) is { } named)
            {
                columns.Add(new IndicatorColumn(c, header.Cells[c].Text, named.Indicator, named.Unit, named.Words));
            }
        }

        if (columns.Count == 0)
        {
            return null;
        }

        var total = body.LastOrDefault(r => r.Filled.Any(cell => !IsFigure(cell.Text) && IsTotalWord(cell.Text))) ?? SumOfTheOthers(body, columns);
        return new IndicatorColumnTable(table, total, columns, body);
    }

    // A total row whatever its label and place ("| | Toàn ngành | 1.846 | 41 |" above its units' rows): the one row whose
    // figure in every indicator column is the sum of the other rows' figures there. Needs at least two other rows, a
    // figure in every row of each column, and two such columns or an empty first cell; a column of percents is left out
    // of the check (a rate is not added).
    private static TableRow? SumOfTheOthers(List<TableRow> body, List<IndicatorColumn> columns)
    {
        var added = columns.Where(c => c.Indicator.Definition.Unit != MeasureUnit.Percent).ToList();
        if (body.Count < 3 || added.Count == 0)
        {
            return null;
        }

        var figures = new decimal[body.Count, added.Count];
        for (var r = 0; r < body.Count; r++)
        {
            for (var c = 0; c < added.Count; c++)
            {
                if (added[c].Index >= body[r].Cells.Count || CellValue.Read(body[r].Cells[added[c].Index].Text) is not { } v)
                {
                    return null;
                }

                figures[r, c] = v.Value;
            }
        }

        TableRow? found = null;
        for (var r = 0; r < body.Count; r++)
        {
            var isSum = true;
            for (var c = 0; c < added.Count && isSum; c++)
            {
                var others = 0m;
                for (var o = 0; o < body.Count; o++)
                {
                    others += o == r ? 0 : figures[o, c];
                }

                isSum = figures[r, c] == others && others != 0;
            }

            if (isSum)
            {
                if (found is not null)
                {
                    return null;
                }

                found = body[r];
            }
        }

        // With one summed column a parts row can be the sum of the others by chance ("2, 1, 1"): taken only where the
        // row opens with no item number of its own (no STT), as a total row does.
        return found is not null && added.Count < 2 && found.Filled.FirstOrDefault() is { } first && IsItemNumber(first.Text) ? null : found;
    }

    // "1", "2.", "II": the STT of a row.
    private static bool IsItemNumber(string text)
    {
        var t = text.Trim().TrimEnd('.', ')');
        return t.Length > 0 && (t.All(char.IsAsciiDigit) || t.All(c => c is 'I' or 'V' or 'X'));
    }

    /// <summary>The row of the given year where every row is a year's ("Năm | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%)" over
    /// "2024 | …" and "2025 | …"): the rows are periods, not parts, and the report's year's row is its figures.</summary>
    public TableRow? YearRow(int? year)
    {
        if (year is null || Body.Any(r => r.Filled.FirstOrDefault() is not { } first || !CalendarYear.Is(first.Text)))
        {
            return null;
        }

        var rows = Body.Where(r => r.Filled.First().Text == year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>Whether every body row is a period of the year, not a part: "Quý I" … "Quý IV (ước)", "Tháng 10", "6 tháng
    /// đầu năm", "Cả năm 2025", "Năm 2025" (a table turned the other way, quarters as rows and indicators as columns).
    /// Such a table is this kind whatever other reading its header allows: its rows name no indicator.</summary>
    public bool RowsArePeriods => Body.All(r => r.Filled.FirstOrDefault() is { } first && PeriodNames.IsRowLabel(ColumnWords.Words(first.Text)));

    /// <summary>Whether every body row is a part with a name of its own (a cell that is no figure): rows of offices,
    /// branches or villages, whose figures add up to the unit's where no total row is given.</summary>
    public bool RowsAreNamedParts => Body.All(r => r.Filled.Any(c => !IsFigure(c.Text) && !IsTotalWord(c.Text)));

    // "Tổng cộng", "Cộng", and a whole named by "toàn" ("Toàn ngành", "Toàn tỉnh", "Toàn đơn vị").
    private static bool IsTotalWord(string text)
    {
        var words = ColumnWords.Words(text);
        return TotalWords.RowTitles.Any(w => words == w || words.StartsWith(w + " ", StringComparison.Ordinal)) ||
               WholeUnitWords.Opens(words);
    }

    private static bool IsFigure(string text) => CellValue.Read(text) is not null;

    // The one indicator the title names: a phrasing all of whose terms are in it (the longest wins; a tie names none),
    // no exclusion, and a unit that fits ("(chiếc)", "(%)", "(triệu đồng)", or a title that starts with what it counts).
    private static (CompiledIndicator Indicator, RowUnit Unit, int Words)? Indicator(CompiledCatalog catalog, string title)
    {
        var folded = VietnameseText.FoldLower(title);
        var terms = catalog.Index.FindAll(folded).Select(h => h.TermId).ToHashSet();
        var unit = RowUnit.FromLabel(title);
        var leading = RowUnit.LeadingNoun(title);
        (CompiledIndicator Indicator, RowUnit Unit, int Words)? best = null;
        var tied = false;
        foreach (var indicator in catalog.Indicators)
        {
            if (indicator.Exclusions.Any(terms.Contains) || TableCandidates.Fit(indicator, unit, unit, leading, false) is not { } fit)
            {
                continue;
            }

            var words = indicator.Phrasings.Where(p => p.Terms.All(terms.Contains)).Select(p => p.Source.WordCount).DefaultIfEmpty(0).Max();
            if (words == 0 && indicator.Definition.UnitWordSuffices && indicator.UnitWordLeads(leading.Noun))
            {
                words = 1;
            }

            if (words == 0 || (indicator.Definition.Unit == MeasureUnit.Percent && fit.Measure != Measure.Percent))
            {
                continue;
            }

            if (best is null || words > best.Value.Words)
            {
                (best, tied) = ((indicator, fit, words), false);
            }
            else if (words == best.Value.Words)
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }
}

/// <param name="Index">The column's cell index.</param>
/// <param name="Words">How many words of the indicator's phrasing the title holds (its support).</param>
internal sealed record IndicatorColumn(int Index, string Title, CompiledIndicator Indicator, RowUnit Unit, int Words);
