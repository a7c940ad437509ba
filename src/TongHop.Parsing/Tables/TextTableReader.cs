using TongHop.Core;

namespace TongHop.Parsing.Tables;

/// <summary>
/// Finds tables in report text. A row is a line with at least two <c>|</c> (OCR also prints a cell border as
/// <c>[</c> or <c>]</c>, read as <c>|</c> on such a line) or at least one TAB. A table is two or more rows of
/// the same kind, with blank lines, page numbers and OCR debris (a line of at most three characters; between the
/// header and the first data row, short lines such as a garbled row of column numbers) allowed between them; a line
/// right under a row that is followed by another row continues the row's last cell ("…| 92,6 |" then "25/27 TTHC"). Linear in the text; never throws.
/// </summary>
public static class TextTableReader
{
    private const int MaxDebrisLength = 3;
    private const int MaxShortLine = 24;

    public static IReadOnlyList<TextTable> Read(string text, IReadOnlyList<TextSpan> lines)
    {
        var tables = new List<TextTable>();
        var rows = new List<TableRow>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var separator = SeparatorOf(text.AsSpan(line.Start, line.Length));
            if (separator != '\0' && (rows.Count == 0 || rows[^1].Separator == separator))
            {
                rows.Add(ReadRow(text, line, separator));
                continue;
            }

            if (separator != '\0')
            {
                Close(text, tables, rows);
                rows.Add(ReadRow(text, line, separator));
                continue;
            }

            var content = text.AsSpan(line.Start, line.Length).Trim();
            if (rows.Count == 0 || content.Length <= MaxDebrisLength)
            {
                continue;
            }

            if (IsLostTail(text, rows, line, content))
            {
                rows[^1] = Continue(text, rows[^1], line);
                continue;
            }

            // Between a header row and the first data row, short OCR debris (the garbled row of column numbers) is skipped.
            var skipShort = rows.Count == 1;
            if (IsRightUnder(text, rows[^1], line) && ContinuesCell(rows[^1], content) && NextRowFollows(text, lines, i, skipShort))
            {
                rows[^1] = Continue(text, rows[^1], line);
                continue;
            }

            if (skipShort && content.Length <= MaxShortLine && NextRowFollows(text, lines, i, skipShort))
            {
                continue;
            }

            if (IsGroupHeading(text, lines, i, rows[^1], content))
            {
                rows.Add(new TableRow(line, [Cell(text, line.Start, line.End)], rows[^1].Separator));
                continue;
            }

            Close(text, tables, rows);
        }

        Close(text, tables, rows);
        return tables;
    }

    private static void Close(string text, List<TextTable> tables, List<TableRow> rows)
    {
        if (rows.Count >= 2)
        {
            tables.Add(new TextTable(JoinWrappedRows(text, rows)));
        }

        rows.Clear();
    }

    // OCR wraps a long row over two lines ("| 5 | Lượt người … | 1.200 |" then "3.000 | 3.460 | |"): two short rows
    // right under each other whose cells make up, joined at the wrap, the width most rows have, are one row.
    private static List<TableRow> JoinWrappedRows(string text, List<TableRow> rows)
    {
        var width = rows.GroupBy(r => r.Cells.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var joined = new List<TableRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // A cell wrapped in the middle ("| Cùng kỳ năm" then "2024 | Ghi chú |"): neither line has a border at the
            // wrap, and the two halves are one cell.
            if (i + 1 < rows.Count && row.Cells.Count < width && rows[i + 1].Cells.Count < width &&
                row.Cells.Count + rows[i + 1].Cells.Count - 1 == width && rows[i + 1].Span.Start == row.Span.End + 1 &&
                (row.Cells[^1].Text.Length == 0 || rows[i + 1].Cells[0].Text.Length == 0 || row.Separator == '|'))
            {
                var next = rows[i + 1];
                var junction = row.Cells[^1].Text.Length == 0 ? next.Cells[0]
                    : next.Cells[0].Text.Length == 0 ? row.Cells[^1]
                    : Joined(text, row.Cells[^1], next.Cells[0]);
                joined.Add(new TableRow(new TextSpan(row.Span.Start, next.Span.End), [.. row.Cells.SkipLast(1), junction, .. next.Cells.Skip(1)], row.Separator));
                i++;
                continue;
            }

            joined.Add(row);
        }

        return joined;
    }

    /// <summary>'|' for a pipe row, '\t' for a TAB row, '\0' for a line that is not a row.</summary>
    public static char SeparatorOf(ReadOnlySpan<char> line)
    {
        var pipes = line.Count('|');
        if (pipes >= 2 || (pipes == 1 && line.IndexOfAny('[', ']') >= 0))
        {
            return '|';
        }

        return line.Contains('\t') ? '\t' : '\0';
    }

    private static TableRow ReadRow(string text, TextSpan line, char separator)
    {
        var cells = new List<TableCell>();
        var start = line.Start;
        for (var i = line.Start; i <= line.End; i++)
        {
            if (i == line.End || IsSeparator(text[i], separator))
            {
                cells.Add(Cell(text, start, i));
                start = i + 1;
            }
        }

        return new TableRow(line, cells, separator);
    }

    // One cell of two halves on two lines ("Cùng kỳ năm" + "2024"): the text between them is a line break.
    private static TableCell Joined(string text, TableCell first, TableCell second) =>
        new(new TextSpan(first.Span.Start, second.Span.End), first.Text + " " + second.Text);

    private static bool IsSeparator(char c, char separator) => separator == '|' ? c is '|' or '[' or ']' : c == '\t';

    private static TableCell Cell(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return new TableCell(new TextSpan(from, to), text[from..to].Replace('\n', ' '));
    }

    // Text that goes on in the row's last cell: the row left that cell open (it ends with a border), or the line goes on
    // in lower case or with a figure ("với kế hoạch", "25/27 TTHC"); a capitalised line is a title ("Biểu số 02").
    // A numbered heading ("3. Cuộc họp trực tuyến") is the next part of the report, not a cell's end.
    private static bool ContinuesCell(TableRow row, ReadOnlySpan<char> content) =>
        row.Cells[^1].Text.Length == 0 || char.IsLower(content[0]) || (char.IsAsciiDigit(content[0]) && !IsNumberedHeading(content));

    private static bool IsNumberedHeading(ReadOnlySpan<char> content)
    {
        var digits = 0;
        while (digits < content.Length && (char.IsAsciiDigit(content[digits]) || (content[digits] == '.' && digits + 1 < content.Length && char.IsAsciiDigit(content[digits + 1]))))
        {
            digits++;
        }

        return digits is > 0 and <= 5 && digits + 2 < content.Length && content[digits] is '.' or ')' && content[digits + 1] == ' ' && char.IsUpper(content[digits + 2]);
    }

    // OCR set a row's last figures on a line of their own below it, blank lines between ("| 48 | 52 | 161 |", then
    // "200 |"): figures alone closed by a border, under a pipe row that ended with a border and is narrower than the
    // table's widest row so far by at least their cells, are the row's end. Words, or a row already as wide as the
    // table, are not.
    private static bool IsLostTail(string text, List<TableRow> rows, TextSpan line, ReadOnlySpan<char> content)
    {
        var row = rows[^1];
        if (row.Separator != '|' || content.Count('|') != 1 || content[^1] != '|' || row.Cells[^1].Text.Length != 0)
        {
            return false;
        }

        var figures = content[..^1].Trim();
        if (figures.IsEmpty || !char.IsAsciiDigit(figures[0]) || figures.ContainsAnyExcept("0123456789.,% "))
        {
            return false;
        }

        var between = text.AsSpan(row.Span.End, line.Start - row.Span.End);
        return between.IsWhiteSpace() && between.Count('\n') <= 4 &&
               row.Cells.Count + figures.Count(' ') + 1 <= rows.Max(r => r.Cells.Count);
    }

    // The line comes straight after the row's last line, with no blank line between.
    private static bool IsRightUnder(string text, TableRow row, TextSpan line) =>
        line.Start == row.Span.End + 1 && text[row.Span.End] == '\n';

    private static bool NextRowFollows(string text, IReadOnlyList<TextSpan> lines, int index, bool skipShort)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 12; j++)
        {
            var content = text.AsSpan(lines[j].Start, lines[j].Length).Trim();
            if (SeparatorOf(content) != '\0')
            {
                return true;
            }

            if (content.Length > (skipShort ? MaxShortLine : MaxDebrisLength))
            {
                return false;
            }
        }

        return false;
    }

    // A group heading whose merged cell spans the whole row, so the line has no separator ("I. Chính quyền số" between
    // two rows of a DOCX table, a typed table's "II Hạ tầng"): right between two rows of the same table, of about the
    // same width (a numbered heading between two tables of other widths still ends the first), opening with a group
    // number (a Roman numeral or a capital letter) and short.
    private const int MaxGroupHeading = 90;

    private static bool IsGroupHeading(string text, IReadOnlyList<TextSpan> lines, int index, TableRow above, ReadOnlySpan<char> content)
    {
        if (content.Length > MaxGroupHeading || index + 1 >= lines.Count || !IsRightUnder(text, above, lines[index]) ||
            lines[index + 1].Start != lines[index].End + 1 || above.Cells.Count < 3)
        {
            return false;
        }

        var next = text.AsSpan(lines[index + 1].Start, lines[index + 1].Length);
        if (SeparatorOf(next) != above.Separator)
        {
            return false;
        }

        var width = ReadRow(text, lines[index + 1], above.Separator).Cells.Count;
        if (Math.Abs(width - above.Cells.Count) > 1)
        {
            return false;
        }

        var end = content.IndexOfAny(' ', '.', ')');
        var number = end < 0 ? content : content[..end];
        var rest = end < 0 ? [] : content[(end + 1)..].TrimStart(". )");
        return number.Length is > 0 and <= 4 && (number.Length == 1 && char.IsAsciiLetterUpper(number[0]) || IsRoman(number)) &&
               rest.Length > 0 && char.IsUpper(rest[0]);
    }

    private static bool IsRoman(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    // The continuation line joins the row's last cell ("| 92,6 |" + "25/27 TTHC"). A line that ends with a border was
    // the end of the row wrapped ("| 80 | 86,5 |" then "108,1 |"; "| Ngân sách" then "phường |"): its first cell goes on
    // the row's last (or fills it, when the row ended with a border) and its other cells follow.
    private static TableRow Continue(string text, TableRow row, TextSpan line)
    {
        if (row.Separator == '|' && text.AsSpan(line.Start, line.Length).TrimEnd().EndsWith("|"))
        {
            var more = ReadRow(text, line, '|').Cells;
            var open = row.Cells[^1];
            var first = open.Text.Length == 0 ? more[0] : Joined(text, open, more[0]);
            return row with { Span = new TextSpan(row.Span.Start, line.End), Cells = [.. row.Cells.SkipLast(1), first, .. more.Skip(1)] };
        }

        var cells = row.Cells.ToList();
        var last = cells[^1];
        var from = last.Text.Length > 0 ? last.Span.Start : line.Start;
        cells[^1] = Cell(text, from, line.End);
        return row with { Span = new TextSpan(row.Span.Start, line.End), Cells = cells };
    }
}
