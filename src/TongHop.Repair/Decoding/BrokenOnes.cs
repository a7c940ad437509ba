using System.Text;

namespace TongHop.Repair.Decoding;

/// <summary>
/// A 1 whose thin stem a photocopy broke, read as a T by Tesseract's Vietnamese model inside a number: `3T tháng`,
/// `ngày T4`, `số T38/2021/NĐ-CP`, `Điều T1a`. On a noisy text only (<see cref="VietnameseTextRepairer"/>'s gate): a part of
/// a token between joiners (`/ . , - :`) made of T's and digits, with at least one of each (and an article's letter after, as
/// in `11a`), has its T's as 1's. `T2` as an abbreviation (a quarter, a month) is written in clean text, which is why a
/// text that reads well is left alone; `QHT4`, `TT` and words keep their letters. A 7 read as T (`T9` for 79) becomes 1:
/// as wrong as before, not worse.
/// </summary>
internal static class BrokenOnes
{
    /// <summary>The line with such parts' T's made 1's; the same instance when nothing changes.</summary>
    public static string Restore(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Contains('T', StringComparison.Ordinal))
        {
            return line;
        }

        StringBuilder? builder = null;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && !IsBoundary(line[i]))
            {
                continue;
            }

            if (IsBrokenNumber(line.AsSpan(start, i - start)))
            {
                builder ??= new StringBuilder(line);
                for (var k = start; k < i; k++)
                {
                    if (line[k] == 'T')
                    {
                        builder[k] = '1';
                    }
                }
            }

            start = i + 1;
        }

        return builder?.ToString() ?? line;
    }

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c is '/' or '.' or ',' or '-' or ':' or ';' or '(' or ')' or '"' or '“' or '”';

    private static bool IsBrokenNumber(ReadOnlySpan<char> part)
    {
        // An article's letter (11a, 12b); not the g of a code's Tg (`QĐ-T1g` is QĐ-TTg with a T read as 1).
        if (part.Length > 1 && part[^1] is >= 'a' and <= 'd')
        {
            part = part[..^1];
        }

        var digits = 0;
        var ts = 0;
        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == 'T')
            {
                ts++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && ts > 0;
    }
}
