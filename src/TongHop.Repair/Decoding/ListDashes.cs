namespace TongHop.Repair.Decoding;

/// <summary>
/// The dash that opens a list item (`- Chính phủ;`), read by Tesseract from a photocopy's broken or smeared stroke as
/// `~` or `¬`. A line that opens with one of these, a blank and a letter, is such an item: neither opens a line of a
/// Vietnamese document otherwise (an approximate figure, `~ 50 %`, has a digit after). `_` stays: it is as often what is
/// left of a rule or of the motto's underline (`_ Độc lập - Tự do`) as a dash. `+`, `–`, `—` and `•` are items' own marks
/// and stay, as does every other place in the line.
/// </summary>
internal static class ListDashes
{
    /// <summary>The line with its opening mark as a dash; the same instance when nothing changes.</summary>
    public static string Restore(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i + 2 < line.Length && line[i] is '~' or '¬' && line[i + 1] == ' ' && char.IsLetter(line[i + 2])
            ? string.Concat(line.AsSpan(0, i), "-", line.AsSpan(i + 1))
            : line;
    }
}
