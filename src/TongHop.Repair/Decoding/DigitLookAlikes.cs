using System.Text;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Digits that Tesseract's Vietnamese model read as look-alike letters inside a number: "l6" = 16, "I0" = 10, "0I/7/2025" =
/// 01/7/2025, "Ø7" = 07, "2O25" = 2025. A token changes only when it is unambiguous: every part between the joiners of a
/// number or date ('/', '.', ',', '-', ':') is digits and look-alikes with at least one real digit, so "II" (a Roman
/// numeral), "lO" or a word ("lo") is never read as a number, and "57-NQ/TW" keeps its letters.
/// </summary>
internal static class DigitLookAlikes
{
    /// <summary>The line with such tokens' digits put back; the same instance when nothing changes.</summary>
    public static string Restore(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.AsSpan().ContainsAny("lI|OoØø"))
        {
            return line;
        }

        StringBuilder? builder = null;
        var copied = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var (coreStart, coreEnd) = (start, i);
            while (coreStart < coreEnd && line[coreStart] is '(' or '[' or '"' or '“')
            {
                coreStart++;
            }

            while (coreEnd > coreStart && line[coreEnd - 1] is ')' or ']' or '"' or '”' or ';' or ',' or '.' or ':' or '%')
            {
                coreEnd--;
            }

            if (coreEnd > coreStart && TryRead(line.AsSpan(coreStart, coreEnd - coreStart), out var digits))
            {
                builder ??= new StringBuilder(line.Length);
                builder.Append(line, copied, coreStart - copied).Append(digits);
                copied = coreEnd;
            }
        }

        return builder is null ? line : builder.Append(line, copied, line.Length - copied).ToString();
    }

    private static bool TryRead(ReadOnlySpan<char> core, out string digits)
    {
        digits = string.Empty;
        var lookAlikes = 0;
        var partDigits = 0;
        var partLength = 0;
        Span<char> read = core.Length <= 64 ? stackalloc char[core.Length] : new char[core.Length];
        for (var i = 0; i <= core.Length; i++)
        {
            if (i == core.Length || core[i] is '/' or '.' or ',' or '-' or ':')
            {
                // A part must hold a real digit; an empty part (a doubled joiner) is no number.
                if (partLength == 0 || partDigits == 0)
                {
                    return false;
                }

                if (i < core.Length)
                {
                    read[i] = core[i];
                }

                partDigits = partLength = 0;
                continue;
            }

            var c = core[i];
            partLength++;
            if (char.IsAsciiDigit(c))
            {
                partDigits++;
                read[i] = c;
            }
            else if (c is 'l' or 'I' or '|')
            {
                lookAlikes++;
                read[i] = '1';
            }
            else if (c is 'O' or 'o' or 'Ø' or 'ø')
            {
                lookAlikes++;
                read[i] = '0';
            }
            else
            {
                return false;
            }
        }

        if (lookAlikes == 0)
        {
            return false;
        }

        digits = new string(read);
        return true;
    }
}
