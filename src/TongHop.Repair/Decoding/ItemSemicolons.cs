using TongHop.Text.Normalization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The semicolon that ends an item of a legal document's two fixed lists, read as a colon (a photocopy breaks the
/// comma's tail; the real dev-set scans too read `- Thường trực Đảng ủy xã:`): each "Căn cứ …" of the preamble ends
/// with one when the next line opens another ("Căn cứ", "Theo đề nghị", "Xét đề nghị"), and each dashed item of the
/// "Nơi nhận:" list does when a dashed item follows. A colon at the end of such a line can only be that semicolon:
/// nothing it could introduce stands there. Only the first cell of a line is looked at (the recipients' column runs
/// beside the signature block's), and only its last character changes.
/// </summary>
internal static class ItemSemicolons
{
    private static readonly string[] PreambleOpenings = ["can cu ", "theo de nghi", "xet de nghi"];

    /// <summary>Puts back the semicolons of <paramref name="lines"/>; returns the lines changed.</summary>
    public static List<int> Restore(string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var changed = new List<int>();
        var preamble = false;
        var recipients = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var cell = FirstCell(lines[i]);
            if (cell.Length == 0)
            {
                continue;
            }

            var folded = VietnameseText.FoldLower(cell.ToString());
            preamble |= folded.StartsWith(PreambleOpenings[0], StringComparison.Ordinal);
            if (folded.StartsWith("noi nhan", StringComparison.Ordinal))
            {
                recipients = true;
                continue;
            }

            if (cell[^1] != ':' || Next(lines, i) is not { } next)
            {
                continue;
            }

            var nextCell = FirstCell(lines[next]);
            var item = (preamble && OpensPreambleItem(nextCell)) || (recipients && IsDashed(cell) && IsDashed(nextCell));
            if (item)
            {
                var at = CellEnd(lines[i]) - 1;
                lines[i] = string.Concat(lines[i].AsSpan(0, at), ";", lines[i].AsSpan(at + 1));
                changed.Add(i);
            }
        }

        return changed;
    }

    private static bool OpensPreambleItem(ReadOnlySpan<char> cell)
    {
        var folded = VietnameseText.FoldLower(cell.ToString());
        foreach (var opening in PreambleOpenings)
        {
            if (folded.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDashed(ReadOnlySpan<char> cell) => cell.Length > 1 && cell[0] is '-' or '–' or '~' or '¬' or '+';

    private static int? Next(string[] lines, int i)
    {
        for (var j = i + 1; j < lines.Length; j++)
        {
            if (FirstCell(lines[j]).Length > 0)
            {
                return j;
            }
        }

        return null;
    }

    // Where the line's first cell (up to its first TAB) ends, trailing blanks left out.
    private static int CellEnd(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var end = tab < 0 ? line.Length : tab;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private static ReadOnlySpan<char> FirstCell(string line)
    {
        var end = CellEnd(line);
        return line.AsSpan(0, end).TrimStart();
    }
}
