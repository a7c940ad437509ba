using System.Text;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Digits that Tesseract's Vietnamese model read as look-alike letters inside a number: "l6" = 16, "I0" = 10, "0I/7/2025" =
/// 01/7/2025, "Ø7/BC-UBND" = 07/BC-UBND, "2O25" = 2025. Only unambiguous parts change: a part between the joiners of a
/// number, date or symbol ('/', '.', ',', '-', ':') made of digits and look-alikes with at least one real digit, so "II"
/// (a Roman numeral), "lO" or a word ("lo") is never read as a number, and "57-NQ/TW" keeps its letters.
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

    // Each part between joiners that is digits and look-alikes with at least one real digit is read as digits; other parts
    // ("BC", "UBND", "lO") stay as written.
    private static bool TryRead(ReadOnlySpan<char> core, out string digits)
    {
        digits = string.Empty;
        Span<char> read = core.Length <= 64 ? stackalloc char[core.Length] : new char[core.Length];
        core.CopyTo(read);
        var changed = false;
        var start = 0;
        for (var i = 0; i <= core.Length; i++)
        {
            if (i < core.Length && core[i] is not ('/' or '.' or ',' or '-' or ':'))
            {
                continue;
            }

            changed |= ReadPart(core[start..i], read[start..i]);
            start = i + 1;
        }

        if (!changed)
        {
            return false;
        }

        digits = new string(read);
        return true;
    }

    private static bool ReadPart(ReadOnlySpan<char> part, Span<char> read)
    {
        int realDigits = 0, lookAlikes = 0;
        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                realDigits++;
            }
            else if (c is 'l' or 'I' or '|' or 'O' or 'o' or 'Ø' or 'ø')
            {
                lookAlikes++;
            }
            else
            {
                return false;
            }
        }

        if (realDigits == 0 || lookAlikes == 0)
        {
            return false;
        }

        for (var i = 0; i < part.Length; i++)
        {
            read[i] = part[i] switch
            {
                'l' or 'I' or '|' => '1',
                'O' or 'o' or 'Ø' or 'ø' => '0',
                var c => c,
            };
        }

        return true;
    }
}
