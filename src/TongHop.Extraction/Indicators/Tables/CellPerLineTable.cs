using TongHop.Core;
using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// A table copied one cell a line (a Word or PDF table pasted as text, an appendix whose grid was lost): "STT" alone on
/// its line, the other column titles one a line ("Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Kế hoạch", "Thực hiện"), then
/// each row as its number alone on a line ("1", "2", …) followed by its cells one a line. Every row must have as many
/// cells as the first; the titles must be as many as the cells, or one more where a title naming only a period
/// ("Năm 2025") stood over the titles after it (a merged cell flattened: it is put before each of them). Anything else
/// could be read in more than one way and is not read. The table is rebuilt as rows of cells at their places in the
/// text, for <see cref="DataTableReader"/> to read by what each column means.
/// </summary>
internal static class CellPerLineTable
{
    private const int MaxTitles = 10;
    private const int MaxTitleWords = 8;

    public static IReadOnlyList<TextTable> Read(string text, IReadOnlyList<TextSpan> lines, Func<TextSpan, bool> taken)
    {
        var tables = new List<TextTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length is 0 or > 8 || ColumnWords.Read(Trimmed(text, lines[i])).Role != ColumnRole.Index || taken(lines[i]) ||
                Table(text, lines, i, taken) is not var (table, end))
            {
                continue;
            }

            tables.Add(table);
            i = end - 1;
        }

        return tables;
    }

    private static (TextTable Table, int End)? Table(string text, IReadOnlyList<TextSpan> lines, int first, Func<TextSpan, bool> taken)
    {
        // The titles: the lines after "STT" up to the first row's number "1".
        var titles = new List<TextSpan> { lines[first] };
        var i = first + 1;
        while (i < lines.Count && titles.Count <= MaxTitles && RowNumber(text, lines[i]) != 1)
        {
            var title = Trimmed(text, lines[i]);
            if (title.Length == 0 || title.Split(' ').Length > MaxTitleWords || DataTableReader.IsFigure(title) || taken(lines[i]))
            {
                return null;
            }

            titles.Add(lines[i]);
            i++;
        }

        if (i >= lines.Count || titles.Count < 3 || titles.Count > MaxTitles)
        {
            return null;
        }

        // The rows: a number alone on its line, then the cells up to the next number (or a blank line, or as many lines as
        // the first row had).
        var rows = new List<List<TextSpan>>();
        var number = 1;
        int? width = null;
        while (i < lines.Count && RowNumber(text, lines[i]) == number && !taken(lines[i]))
        {
            var cells = new List<TextSpan> { lines[i] };
            var j = i + 1;
            while (j < lines.Count && Trimmed(text, lines[j]).Length > 0 && RowNumber(text, lines[j]) != number + 1 &&
                   (width is null || cells.Count < width) && !taken(lines[j]))
            {
                cells.Add(lines[j]);
                j++;
            }

            width ??= cells.Count;
            if (cells.Count != width || width < 3)
            {
                return null;
            }

            rows.Add(cells);
            number++;
            i = j;
        }

        if (rows.Count < 2 || Titles(text, titles, width!.Value) is not { } header)
        {
            return null;
        }

        var headerRow = Row(header);
        List<TableRow> all = [headerRow, .. rows.Select(r => Row([.. r.Select(s => new TableCell(s, Trimmed(text, s)))]))];
        return (new TextTable(all), i);
    }

    // The titles as many as the cells: as they are, or with one title of a period alone ("Năm 2025") put before each
    // title after it.
    private static List<TableCell>? Titles(string text, List<TextSpan> titles, int width)
    {
        var cells = titles.Select(s => new TableCell(s, Trimmed(text, s))).ToList();
        if (cells.Count == width)
        {
            return cells;
        }

        if (cells.Count != width + 1)
        {
            return null;
        }

        var periods = Enumerable.Range(1, cells.Count - 3).Where(k => ColumnWords.IsPeriodOnly(cells[k].Text)).ToList();
        if (periods.Count != 1)
        {
            return null;
        }

        var group = periods[0];
        return [.. cells.Take(group), .. cells.Skip(group + 1).Select(c => c with { Text = cells[group].Text + " " + c.Text })];
    }

    private static TableRow Row(List<TableCell> cells) => new(new TextSpan(cells[0].Span.Start, cells[^1].Span.End), cells, '\n');

    // The whole number alone on a line ("1", "12"), or null.
    private static int? RowNumber(string text, TextSpan line)
    {
        var t = text.AsSpan(line.Start, line.Length).Trim();
        return t.Length is > 0 and <= 2 && !t.ContainsAnyExcept("0123456789") ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Trimmed(string text, TextSpan line) => VietnameseText.Nfc(text.AsSpan(line.Start, line.Length).Trim().ToString());
}
