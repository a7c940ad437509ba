using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// English OCR reads a pipe table's border as the digit 1 where it loses it between two figures: "| 20126 | 130 |" for
/// "| 20 | 26 | 130 |", "| 318 190,9 |" for "| 318 | 90,9 |", "| 100 192192" for "| 100 | 92 | 92". Which 1 is a border
/// cannot be told from the digits, but a table whose last three columns are the plan, the result and the result's
/// share of the plan (<c>Kế hoạch | Thực hiện | Tỷ lệ so với KH (%)</c>) checks itself: a row short of the header's width
/// is cut at the 1s that make its figures three numbers whose third is the second's share of the first (rounded as
/// written). The row is cut only when exactly one choice of 1s does; else it stays as it is (and is left unread).
/// </summary>
internal static class BorderOnes
{
    // Words of a figure may hold this many 1s at most between them (the choices double with each).
    private const int MaxOnes = 8;

    /// <summary>The row with its figures cut at the 1s that were borders, or the row itself.</summary>
    public static TableRow Split(TableRow row, IReadOnlyList<DataColumn> columns)
    {
        // A pipe row's cells begin and end with the empty cells outside its outer borders, as its header's do.
        if (row.Separator != '|' || PlanColumn(columns) is not { } plan)
        {
            return row;
        }

        var end = row.Cells.Count;
        while (end > 0 && row.Cells[end - 1].Text.Length == 0)
        {
            end--;
        }

        // The figures are the row's last cells, fewer than three; the cells before them are the header's before the plan.
        var first = end;
        while (first > 0 && IsFigureRun(row.Cells[first - 1].Text))
        {
            first--;
        }

        if (first != plan || end - first is 0 or >= 3)
        {
            return row;
        }

        var words = new List<(TableCell Cell, int At, string Text)>();
        foreach (var cell in row.Cells.Take(end).Skip(first))
        {
            var at = 0;
            foreach (var word in cell.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                at = cell.Text.IndexOf(word, at, StringComparison.Ordinal);
                words.Add((cell, at, word));
                at += word.Length;
            }
        }

        var ones = words.Sum(w => w.Text.Count(c => c == '1'));
        if (ones == 0 || ones > MaxOnes || words.Count > 3)
        {
            return row;
        }

        List<TableCell>? found = null;
        for (var mask = 1; mask < 1 << ones; mask++)
        {
            if (Cut(words, mask) is not { Count: 3 } pieces || !Agree(pieces[0].Text, pieces[1].Text, pieces[2].Text))
            {
                continue;
            }

            if (found is not null)
            {
                return row; // two choices of borders agree: which is unknown
            }

            found = pieces;
        }

        return found is null ? row : row with { Cells = [.. row.Cells.Take(first), .. found, .. row.Cells.Skip(end)] };
    }

    // The index of the plan column where the last three titled columns are the plan, the result and the result's
    // share of the plan; null for another table.
    private static int? PlanColumn(IReadOnlyList<DataColumn> columns)
    {
        var n = columns.Count;
        while (n > 0 && columns[n - 1].Title.Trim().Length == 0)
        {
            n--;
        }

        if (n < 4 || columns[n - 3].Role != ColumnRole.Target || columns[n - 2].Role != ColumnRole.Actual || columns[n - 1].Role != ColumnRole.Compare)
        {
            return null;
        }

        var title = VietnameseText.FoldLower(columns[n - 1].Title);
        return title.Contains("so voi", StringComparison.Ordinal) &&
               (title.Contains("kh", StringComparison.Ordinal) || title.Contains("ke hoach", StringComparison.Ordinal) ||
                title.Contains("chi tieu", StringComparison.Ordinal))
            ? columns[n - 3].Index
            : null;
    }

    private static bool IsFigureRun(string text) =>
        text.Trim().Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or ' ');

    // The figures with the 1s of the mask taken out as borders: each word cut at its chosen 1s, pieces kept in order.
    private static List<TableCell>? Cut(List<(TableCell Cell, int At, string Text)> words, int mask)
    {
        var pieces = new List<TableCell>();
        var bit = 0;
        foreach (var (cell, at, text) in words)
        {
            var from = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var border = i < text.Length && text[i] == '1' && (mask & (1 << bit++)) != 0;
                if (!border && i < text.Length)
                {
                    continue;
                }

                if (i > from)
                {
                    if (!IsNumber(text[from..i]))
                    {
                        return null;
                    }

                    var start = cell.Span.Start + at + from;
                    pieces.Add(new TableCell(new(start, start + i - from), text[from..i]));
                }
                else if (i > 0 && i < text.Length)
                {
                    return null; // two borders side by side
                }

                from = i + 1;
            }
        }

        return pieces;
    }

    // A number as a cell writes it: digits, at most one decimal comma or point, no leading zero but before a decimal.
    private static bool IsNumber(string s) =>
        s.Length > 0 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[^1]) && !(s.Length > 1 && s[0] == '0' && s[1] is not (',' or '.')) &&
        s.Count(c => c is ',' or '.') <= 1 && CellValue.Read(s) is not null;

    // Whether the third figure is the second's share of the first, rounded to the decimals it is written with.
    private static bool Agree(string plan, string result, string share)
    {
        if (CellValue.Read(plan)?.Value is not { } p || CellValue.Read(result)?.Value is not { } r || CellValue.Read(share)?.Value is not { } s || p <= 0)
        {
            return false;
        }

        var separator = share.LastIndexOfAny([',', '.']);
        var decimals = separator < 0 ? 0 : share.Length - separator - 1;
        var half = decimals switch { 0 => 0.5m, 1 => 0.05m, _ => 0.005m };
        return Math.Abs(r * 100 / p - s) <= half + 0.0001m;
    }
}
