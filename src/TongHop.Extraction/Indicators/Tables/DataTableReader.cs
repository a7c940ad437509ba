using TongHop.Core;
using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// Reads what a <see cref="TextTable"/> means as a table of figures. The header (one to three rows of titles at
/// the top; an upper title spans the titles under it, "Năm 2025" over "Kế hoạch | Thực hiện") names each column's
/// role; the label column is "Chỉ tiêu"/"Nội dung" (or, without a header, the first column of words). Each row is
/// aligned to the header by its label cell, so a row whose STT cell was lost by OCR still reads its figures under
/// the right titles; a row whose unit or figures do not fit its columns is left unread rather than read shifted.
/// Rows after "Trong đó:" (and unnumbered rows that follow it) are parts of the row above; rows without figures
/// are group headings. A table with fewer than two rows of figures is not a table of figures (a header block, a
/// signature block).
/// </summary>
internal static class DataTableReader
{
    private const int MaxHeaderRows = 3;

    private static readonly string[] PartMarkers = ["trong do", "bao gom", "gom", "chia ra", "cu the", "trong so do"];

    public static DataTable? Read(TextTable table) => Read(table, null, []);

    /// <summary>Reads a table whose header rows are known (a table rebuilt by <see cref="SpacedTableReader"/>), with
    /// the rows whose figures could not be placed, kept as <see cref="RowKind.Unread"/>.</summary>
    /// <param name="reportMonths">The months the report covers (12 for a year), where its title says: a column of the
    /// months so far is the value in a report of those months.</param>
    public static DataTable? Read(TextTable table, int? headerRows, IReadOnlyCollection<TableRow> unread, int? reportMonths = null)
    {
        var rows = table.Rows;
        var headerCount = headerRows ?? 0;
        while (headerRows is null && headerCount < Math.Min(MaxHeaderRows, rows.Count - 1) && IsHeaderRow(rows[headerCount]))
        {
            headerCount++;
        }

        var body = rows.Skip(headerCount).Where(r => !IsColumnNumberRow(r)).ToList();
        var columns = headerCount > 0 ? HeaderColumns(rows.Take(headerCount).ToList(), reportMonths) : HeaderlessColumns(body);
        if (columns is null)
        {
            return null;
        }

        var label = LabelColumn(columns, body);
        if (label < 0)
        {
            return null;
        }

        columns = ResolveIndicatorTitles(columns, label, body);
        columns = FindUnitColumn(columns, label, body);
        var headerWidth = headerCount == 1 && rows[0].Separator == '|' ? rows[0].Cells.Count : 0;
        var dataRows = ReadRows(columns, label, body, unread, headerWidth);
        return dataRows.Count(r => r.Kind != RowKind.Group) >= 2 || (headerCount > 0 && dataRows.Any(r => r.Kind == RowKind.Item))
            ? new DataTable(table, columns, label, dataRows, headerCount > 0)
            : null;
    }

    // A header row names at least one known column and holds no figure (a year in a title is not a figure). In a row
    // of three known titles, a cell with a word beside its number is a title OCR garbled ("Tự 18 %" for "Tỷ lệ %"),
    // not a figure: no row of figures has three cells that are column titles.
    private static bool IsHeaderRow(TableRow row)
    {
        var known = 0;
        foreach (var c in row.Filled)
        {
            known += ColumnWords.IsKnown(c.Text) ? 1 : 0;
        }

        return known > 0 && !row.Filled.Any(c => IsFigure(c.Text) && !(known >= 3 && HasWord(c.Text)));
    }

    // A run of two letters or more: a word, not a unit sign ("%") or a thousands mark.
    private static bool HasWord(string text)
    {
        var run = 0;
        foreach (var ch in text)
        {
            run = char.IsLetter(ch) ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // "(1) | (2) | (3)" or "A | B | 1 | 2 | 3": the numbers of the columns, printed under the header.
    private static bool IsColumnNumberRow(TableRow row)
    {
        var filled = row.Filled.ToList();
        return filled.Count >= 3 && filled.All(c => c.Text.Trim('(', ')', '[', ']', ' ').Length is > 0 and <= 2 &&
                                                    c.Text.Trim('(', ')', '[', ']', ' ').All(char.IsLetterOrDigit));
    }

    private static List<DataColumn> HeaderColumns(List<TableRow> header, int? reportMonths)
    {
        var width = header.Max(r => r.Cells.Count);
        var titles = header.Select(r => Enumerable.Range(0, width).Select(c => c < r.Cells.Count ? r.Cells[c].Text : "").ToArray()).ToList();
        for (var r = 0; r < titles.Count - 1; r++)
        {
            SpreadSpanningTitles(titles, r);
        }

        List<DataColumn> columns = [.. Enumerable.Range(0, width).Select(c =>
        {
            var title = string.Join(' ', titles.Select(t => t[c]).Where(t => t.Length > 0));
            var (role, year) = ColumnWords.Read(title);
            return new DataColumn(c, title, role, year);
        })];
        return ColumnWords.WithMonthsAsParts(columns, reportMonths);
    }

    // An upper title over empty cells spans the columns titled below it: "Năm 2025 | (empty)" over
    // "Kế hoạch | Thực hiện" gives "Năm 2025 Kế hoạch", "Năm 2025 Thực hiện".
    private static void SpreadSpanningTitles(List<string[]> titles, int row)
    {
        var upper = titles[row];
        bool TitledBelow(int c) => titles.Skip(row + 1).Any(t => t[c].Length > 0);
        for (var c = 1; c < upper.Length; c++)
        {
            if (upper[c].Length == 0 && TitledBelow(c) && upper[c - 1].Length > 0 && TitledBelow(c - 1))
            {
                upper[c] = upper[c - 1];
            }
        }
    }

    // Without a header: the columns of words and figures, as the rows show them. A single column of figures right of
    // the label is read as values; with several, which is plan and which is result is unknown and none is read.
    private static List<DataColumn>? HeaderlessColumns(List<TableRow> body)
    {
        if (body.Count < 2)
        {
            return null;
        }

        var width = body.Max(r => r.Cells.Count);
        var label = Enumerable.Range(0, width).FirstOrDefault(c => body.Count(r => c < r.Cells.Count && IsText(r.Cells[c].Text)) * 2 >= body.Count, -1);
        if (label < 0)
        {
            return null;
        }

        var figures = Enumerable.Range(label + 1, Math.Max(0, width - label - 1))
            .Where(c => body.Count(r => c < r.Cells.Count && IsFigure(r.Cells[c].Text)) * 2 >= body.Count(r => r.Cells.Skip(label + 1).Any(x => IsFigure(x.Text))))
            .ToList();
        return [.. Enumerable.Range(0, width).Select(c => new DataColumn(c, "",
            c == label ? ColumnRole.Label : figures.Count == 1 && c == figures[0] ? ColumnRole.Actual : ColumnRole.Other, null))];
    }

    private static int LabelColumn(List<DataColumn> columns, List<TableRow> body)
    {
        foreach (var c in columns.Where(c => c.Role == ColumnRole.Label))
        {
            if (!MostlyFigures(c.Index, body))
            {
                return c.Index;
            }
        }

        // No "Chỉ tiêu"/"Nội dung" title: the first column that holds words in most rows.
        return columns.FirstOrDefault(c => c.Role is ColumnRole.Other or ColumnRole.Label &&
                                           body.Count(r => c.Index < r.Cells.Count && IsText(r.Cells[c.Index].Text)) * 2 > body.Count)?.Index ?? -1;
    }

    // "Chỉ tiêu" over figures right of the label is the planned figure ("Nội dung | Chỉ tiêu | Thực hiện", and under a
    // period title: "Năm 2025" over "Chỉ tiêu | Kết quả"); another column titled like a label is not read.
    private static List<DataColumn> ResolveIndicatorTitles(List<DataColumn> columns, int label, List<TableRow> body) =>
        [.. columns.Select(c => c.Role != ColumnRole.Label || c.Index == label
            ? c
            : c with
            {
                Role = c.Index > label && MostlyFigures(c.Index, body) && IsGoalTitle(c) ? ColumnRole.Target : ColumnRole.Other,
            })];

    private static bool IsGoalTitle(DataColumn column)
    {
        var words = ColumnWords.Words(column.Title);
        var at = words.IndexOf("chi tieu", StringComparison.Ordinal);
        return at == 0 || (at > 0 && ColumnWords.IsPeriodOnly(words[..(at - 1)]));
    }

    // Without a unit title the header read ("ĐVT" garbled by OCR), the untitled column right of the label whose cells
    // are short words ("%", "người", "triệu đồng") is the unit column.
    private static List<DataColumn> FindUnitColumn(List<DataColumn> columns, int label, List<TableRow> body)
    {
        if (columns.Any(c => c.Role == ColumnRole.Unit) || label + 1 >= columns.Count || columns[label + 1].Role != ColumnRole.Other)
        {
            return columns;
        }

        var cells = body.Where(r => label + 1 < r.Cells.Count && r.Cells[label + 1].Text.Length > 0).Select(r => r.Cells[label + 1].Text).ToList();
        var unitLike = cells.Count(t => t.Length <= 16 && !t.Any(char.IsAsciiDigit) && t.Count(c => c == ' ') <= 2);
        return cells.Count >= 2 && unitLike * 4 >= cells.Count * 3
            ? [.. columns.Select(c => c.Index == label + 1 ? c with { Role = ColumnRole.Unit } : c)]
            : columns;
    }

    private static bool MostlyFigures(int column, List<TableRow> body)
    {
        var filled = body.Where(r => column < r.Cells.Count && !CellValue.IsBlank(r.Cells[column].Text)).ToList();
        return filled.Count > 0 && filled.Count(r => IsFigure(r.Cells[column].Text)) * 2 > filled.Count;
    }

    // headerWidth: the cells of a one-row pipe header (0 for another header): where OCR lost borders in most rows, a
    // row as wide as the header says the usual width is the header's.
    private static List<DataRow> ReadRows(List<DataColumn> columns, int label, List<TableRow> body, IReadOnlyCollection<TableRow> unread, int headerWidth)
    {
        var rows = new List<DataRow>();
        var numbered = body.Any(r => HasIndex(r, label));
        var usual = UsualWidth(body);
        if (headerWidth > usual && usual > 0 && body.Any(r => r.Separator == '|' && r.Cells.Count == headerWidth))
        {
            usual = headerWidth;
        }

        var inParts = false;
        foreach (var source in body)
        {
            var row = SplitMergedFigures(BorderOnes.Split(source, columns), usual);
            if (unread.Count > 0 && unread.Any(u => ReferenceEquals(u, source)))
            {
                // Figures that do not fit the columns: not read, and no "trong đó" row below is a part of it.
                var name = StripMarker(row.Cells[label].Text).Text;
                rows.Add(new DataRow(row, RowKind.Unread, name, new TextSpan(row.Cells[label].Span.End - name.Length, row.Cells[label].Span.End), 0));
                inParts = false;
                continue;
            }

            if (Align(columns, label, row) is not { } offset)
            {
                inParts = false;
                continue;
            }

            if (LostABorder(columns, row, offset, usual))
            {
                var lost = row.Cells[label + offset];
                var name = StripMarker(lost.Text).Text;
                rows.Add(new DataRow(row, RowKind.Unread, name, new TextSpan(lost.Span.End - name.Length, lost.Span.End), offset));
                inParts = false;
                continue;
            }

            var cell = row.Cells[label + offset];
            var (text, marked) = StripMarker(cell.Text);
            var labelSpan = new TextSpan(cell.Span.End - text.Length, cell.Span.End);
            var hasFigures = columns.Where(c => c.Role is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Share)
                .Any(c => c.Index + offset < row.Cells.Count && c.Index + offset >= 0 && CellValue.Read(row.Cells[c.Index + offset].Text) is not null);
            var indexed = label + offset > 0 && row.Cells.Take(label + offset).Any(c => c.Text.Length > 0 && !IsBullet(c.Text));
            RowKind kind;
            if (marked || (inParts && !indexed && numbered) || BulletBefore(row, label + offset))
            {
                kind = RowKind.Part;
                inParts = true;
            }
            else if (!hasFigures)
            {
                kind = RowKind.Group;
                inParts = false;
            }
            else
            {
                kind = RowKind.Item;
                inParts = false;
            }

            if (kind == RowKind.Part && rows.Count > 0 && rows[^1].Kind == RowKind.Group)
            {
                rows[^1] = rows[^1] with { Kind = RowKind.Item }; // an item whose figures are only given by its parts
            }

            if (text.Length > 0 || kind == RowKind.Part)
            {
                rows.Add(new DataRow(row, kind, text, labelSpan, offset));
            }
        }

        return rows;
    }

    /// <summary>
    /// The offset that puts the row's label cell under the label column: by position when the row has the header's
    /// width, else by its first cell of words; then from the right (a row that lost a border between two cells).
    /// Null when neither gives a unit cell without figures and figure cells that read as figures.
    /// </summary>
    private static int? Align(List<DataColumn> columns, int label, TableRow row)
    {
        var width = columns.Count;
        if (row.Cells.Count == width && IsLabelCell(row.Cells[label].Text) && Fits(columns, row, 0))
        {
            return 0;
        }

        var first = FirstLabelCell(row);
        if (first >= 0 && Fits(columns, row, first - label))
        {
            return first - label;
        }

        var right = row.Cells.Count - width;
        return right != first - label && label + right >= 0 && label + right < row.Cells.Count &&
               IsLabelCell(row.Cells[label + right].Text) && Fits(columns, row, right)
            ? right
            : null;
    }

    // The width most rows of figures of a pipe table have (a TAB table may leave out empty cells at the end).
    private static int UsualWidth(List<TableRow> body)
    {
        var widths = body.Where(r => r.Separator == '|' && r.Cells.Count >= 3).Select(r => r.Cells.Count).ToList();
        return widths.Count < 3 ? 0 : widths.GroupBy(w => w).MaxBy(g => (g.Count(), g.Key))!.Key;
    }

    /// <summary>
    /// OCR lost a border between figures ("| % | 95 97,3 ]102,4 |" for "| % | 95 | 97,3 | 102,4 |"): in a pipe row
    /// short of the table's usual width by k cells, the cells made of figures alone hold k figures more than they are
    /// cells, and each figure is a cell. OCR also reads a lost border as an opening bracket ("97,5 (98,2") and, between
    /// two decimals, loses it with the space ("91,988,990" for "91,9 | 88,9 | 90"): a word with two decimal commas is
    /// cut after as many decimals as the row's other figures have. With another count of figures (two cells' digits run
    /// together, "57 6" for "5 | 7 | 6"), which figure stands under which title is unknown and the row stays as it is
    /// (and is left unread).
    /// </summary>
    internal static TableRow SplitMergedFigures(TableRow row, int usual)
    {
        var missing = usual - row.Cells.Count;
        if (row.Separator != '|' || missing <= 0)
        {
            return row;
        }

        var decimals = RowDecimals(row);
        var merged = new List<(int At, string[] Words)>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var words = row.Cells[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Unmerge(w, decimals)).ToArray();
            if (words.Length >= 2 && words.All(IsFigure))
            {
                merged.Add((i, words));
            }
        }

        if (merged.Count == 0 || merged.Sum(m => m.Words.Length - 1) != missing)
        {
            return row;
        }

        var cells = new List<TableCell>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var k = merged.FindIndex(m => m.At == i);
            if (k < 0)
            {
                cells.Add(row.Cells[i]);
                continue;
            }

            var cell = row.Cells[i];
            var from = 0;
            foreach (var word in merged[k].Words)
            {
                var at = cell.Text.IndexOf(word, from, StringComparison.Ordinal);
                cells.Add(new TableCell(new TextSpan(cell.Span.Start + at, cell.Span.Start + at + word.Length), word));
                from = at + word.Length;
            }
        }

        return row with { Cells = cells };
    }

    // A figure word as OCR left it between two lost borders: an opening bracket without its closing one is a border;
    // a word with two or more decimal commas is several decimals of the row's usual length run together.
    private static IEnumerable<string> Unmerge(string word, int? decimals)
    {
        if (word.Length > 1 && word[0] == '(' && !word.Contains(')'))
        {
            word = word[1..];
        }

        if (decimals is not { } d || word.Count(c => c == ',') < 2 || !word.All(c => char.IsAsciiDigit(c) || c == ','))
        {
            return [word];
        }

        var pieces = new List<string>();
        var from = 0;
        while (from < word.Length)
        {
            var comma = word.IndexOf(',', from);
            if (comma < 0)
            {
                pieces.Add(word[from..]);
                break;
            }

            var end = comma + 1 + d;
            if (comma == from || end > word.Length || word.AsSpan(comma + 1, d).ContainsAnyExcept("0123456789"))
            {
                return [word];
            }

            pieces.Add(word[from..end]);
            from = end;
        }

        return pieces;
    }

    // How many decimals the row's figures with a decimal comma have, when they all agree ("86,0", "88,1": one).
    private static int? RowDecimals(TableRow row)
    {
        var lengths = row.Cells.SelectMany(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.TrimStart('(').TrimEnd('%'))
            .Where(w => w.Count(c => c == ',') == 1 && w.All(c => char.IsAsciiDigit(c) || c == ',') && w[0] != ',')
            .Select(w => w.Length - w.IndexOf(',') - 1).Distinct().ToList();
        return lengths is [var d and (1 or 2)] ? d : null;
    }

    /// <summary>
    /// A pipe row narrower than the table's rows whose figure cells are not all filled: OCR lost a border or merged
    /// two cells ("| điểm |55 | |" for "| điểm | 5 | 5 |"), so which figure stands under which title is unknown.
    /// A narrower row whose figure cells are all filled lost its border elsewhere (a note cut short) and is read.
    /// </summary>
    private static bool LostABorder(List<DataColumn> columns, TableRow row, int offset, int usual) =>
        row.Separator == '|' && row.Cells.Count < usual &&
        columns.Where(c => c.Role is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Share).Select(c => c.Index + offset).ToList() is { Count: > 1 } at &&
        at.Any(i => i < row.Cells.Count && CellValue.Read(row.Cells[i].Text) is not null) &&
        at.Any(i => i >= row.Cells.Count || row.Cells[i].Text.Length == 0);

    private static bool Fits(List<DataColumn> columns, TableRow row, int offset)
    {
        if (columns.Count + offset < row.Cells.Count && row.Cells.Skip(columns.Count + offset).Any(c => IsFigure(c.Text)))
        {
            return false; // figures beyond the last column
        }

        foreach (var c in columns)
        {
            var i = c.Index + offset;
            if (i < 0 || i >= row.Cells.Count)
            {
                continue;
            }

            var text = row.Cells[i].Text;
            var ok = c.Role switch
            {
                ColumnRole.Unit => !IsFigure(text) && !text.Any(char.IsAsciiDigit) || text.Contains("km2", StringComparison.OrdinalIgnoreCase),
                ColumnRole.Target or ColumnRole.Actual or ColumnRole.Share or ColumnRole.Compare or ColumnRole.OtherPeriod =>
                    CellValue.IsBlank(text) || CellValue.Read(text) is not null || IsWordsOnly(text),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // A figure column may say "Đạt", "Không", "Chưa có" in words; two numbers in one cell mean a lost border.
    private static bool IsWordsOnly(string text) => !text.Any(char.IsAsciiDigit);

    private static int FirstLabelCell(TableRow row)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (IsLabelCell(row.Cells[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLabelCell(string text) => IsText(text) || StripMarker(text).Marked;

    private static bool HasIndex(TableRow row, int label) => row.Cells.Take(label).Any(c => c.Text.Length > 0 && !IsBullet(c.Text));

    private static bool BulletBefore(TableRow row, int labelCell) =>
        row.Cells[labelCell].Text.Length > 0 && row.Cells[labelCell].Text[0] is '-' or '+' or '•' or '–' ||
        (labelCell > 0 && row.Cells.Take(labelCell).Any(c => IsBullet(c.Text)));

    private static bool IsBullet(string text) => text.Trim() is "-" or "+" or "•" or "–" or "*";

    private static (string Text, bool Marked) StripMarker(string text)
    {
        var t = text.TrimStart('-', '+', '•', '–', '*', ' ');
        var folded = VietnameseText.FoldLower(t);
        foreach (var marker in PartMarkers)
        {
            if (folded.StartsWith(marker, StringComparison.Ordinal) && (folded.Length == marker.Length || !char.IsLetter(folded[marker.Length])))
            {
                return (t[marker.Length..].TrimStart(':', ' ', ',', '.'), true);
            }
        }

        return (t, false);
    }

    /// <summary>Words, not a row number: at least two letters and not a Roman numeral ("VNPT", "Hạ tầng số"; not "II", "IT").</summary>
    public static bool IsText(string text) => text.Count(char.IsLetter) >= 2 && text.Trim().Length > 2 && !IsRomanLike(text);

    private static bool IsRomanLike(string text)
    {
        var t = text.Trim().TrimEnd('.', ')');
        return t.Length is > 0 and <= 5 && t.All(c => c is 'I' or 'V' or 'X' or 'L' or 'l' or 'T' or '1' or 'i' or 'v' or 'x');
    }

    /// <summary>A figure: a number, share, range or fraction in a cell (a year alone is not one).</summary>
    public static bool IsFigure(string text)
    {
        if (CellValue.Read(text) is not { } value)
        {
            return false;
        }

        var t = text.Trim();
        return !(t.Length == 4 && value.Value is >= 1900 and <= 2100 && value.Numerator is null);
    }
}
