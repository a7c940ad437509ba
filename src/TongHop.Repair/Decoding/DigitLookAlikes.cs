using System.Text;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Digits that Tesseract's Vietnamese model read as look-alike letters inside a number: "l6" = 16, "I0" = 10, "0I/7/2025" =
/// 01/7/2025, "Ø7/BC-UBND" = 07/BC-UBND, "2O25" = 2025. Only unambiguous parts change: a part between the joiners of a
/// number, date or symbol ('/', '.', ',', '-', ':') made of digits and look-alikes with at least one real digit, so "II"
/// (a Roman numeral), "lO" or a word ("lo") is never read as a number, and "57-NQ/TW" keeps its letters. Also certain:
/// <list type="bullet">
/// <item>an I or l touching a digit inside a symbol's part that has letters too ("QHI5" = QH15, "PV0I" = PV01: capitals
/// are never written against digits with an I between);</item>
/// <item>a part that is only an I or l where only a digit can stand: before a point and a group of three digits ("I.312" =
/// 1.312: the point groups thousands) or beside a decimal comma with digits on its other side ("95,I" = 95,1);</item>
/// <item>O's where only zeros can stand: a thousands group after a point ("1.OOO" = 1.000), decimals after a comma
/// ("3,O" = 3,0), a lone O before a decimal comma ("O,5%" = 0,5%);</item>
/// <item>the fraction slash (U+2044) Tesseract writes for a slash inside a symbol or date ("05⁄CT-TTg" = 05/CT-TTg), and a
/// "c" after a percent sign that follows a digit ("100%c" = 100%: the sign's lower ring read twice).</item>
/// </list>
/// </summary>
internal static class DigitLookAlikes
{
    /// <summary>The line with such tokens' digits put back; the same instance when nothing changes.</summary>
    public static string Restore(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.AsSpan().ContainsAny("lI|OoØø⁄%"))
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

            while (coreEnd > coreStart && line[coreEnd - 1] is ')' or ']' or '"' or '”' or ';' or ',' or '.' or ':')
            {
                coreEnd--;
            }

            // "100%c": the c goes, the sign stays.
            var strayC = coreEnd - coreStart >= 3 && line[coreEnd - 1] == 'c' && line[coreEnd - 2] == '%' && IsDigitOrLookAlike(line[coreEnd - 3]);
            var numberEnd = strayC ? coreEnd - 1 : coreEnd;
            while (numberEnd > coreStart && line[numberEnd - 1] == '%')
            {
                numberEnd--;
            }

            var read = TryRead(line.AsSpan(coreStart, numberEnd - coreStart), out var digits);
            if (read || strayC)
            {
                builder ??= new StringBuilder(line.Length);
                builder.Append(line, copied, coreStart - copied);
                if (read)
                {
                    builder.Append(digits);
                }
                else
                {
                    builder.Append(line, coreStart, numberEnd - coreStart);
                }

                builder.Append(line, numberEnd, (strayC ? coreEnd - 1 : coreEnd) - numberEnd);
                copied = coreEnd;
            }
        }

        return builder is null ? line : builder.Append(line, copied, line.Length - copied).ToString();
    }

    // Each part between joiners that is digits and look-alikes with at least one real digit is read as digits; other parts
    // ("BC", "UBND", "lO") stay as written, but for an I or l touching a digit and an I or l alone where only a digit fits.
    private static bool TryRead(ReadOnlySpan<char> core, out string digits)
    {
        digits = string.Empty;
        if (core.IsEmpty)
        {
            return false;
        }

        Span<char> read = core.Length <= 64 ? stackalloc char[core.Length] : new char[core.Length];
        core.CopyTo(read);
        var changed = false;
        var start = 0;
        for (var i = 0; i <= core.Length; i++)
        {
            if (i < core.Length && !IsJoiner(core[i]))
            {
                continue;
            }

            if (i < core.Length && core[i] == '⁄' && HasDigit(core))
            {
                read[i] = '/';
                changed = true;
            }

            changed |= ReadPart(core[start..i], read[start..i]) || ReadLoneStroke(core, start, i, read) || ReadZeros(core, start, i, read);
            start = i + 1;
        }

        if (!changed)
        {
            return false;
        }

        digits = new string(read);
        return true;
    }

    private static bool IsJoiner(char c) => c is '/' or '.' or ',' or '-' or ':' or '⁄';

    private static bool IsStroke(char c) => c is 'l' or 'I' or '|';

    private static bool IsDigitOrLookAlike(char c) => char.IsAsciiDigit(c) || IsStroke(c) || c is 'O' or 'o' or 'Ø' or 'ø';

    private static bool HasDigit(ReadOnlySpan<char> span) => span.ContainsAnyInRange('0', '9');

    private static bool ReadPart(ReadOnlySpan<char> part, Span<char> read)
    {
        int realDigits = 0, lookAlikes = 0, letters = 0;
        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                realDigits++;
            }
            else if (IsDigitOrLookAlike(c))
            {
                lookAlikes++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                letters++;
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

        if (letters > 0)
        {
            // A symbol's part with capitals ("QHI5", "PV0I"): only an I or l touching a digit is one.
            var changed = false;
            for (var i = 0; i < part.Length; i++)
            {
                if (IsStroke(part[i]) && ((i > 0 && char.IsAsciiDigit(part[i - 1])) || (i + 1 < part.Length && char.IsAsciiDigit(part[i + 1]))))
                {
                    read[i] = '1';
                    changed = true;
                }
            }

            return changed;
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

    // A part [start, end) that is one I or l where only a digit can stand: before ".ddd" (a thousands group) or beside a
    // decimal comma whose other side is digits ("95,I", "I,5").
    private static bool ReadLoneStroke(ReadOnlySpan<char> core, int start, int end, Span<char> read)
    {
        if (end - start != 1 || !IsStroke(core[start]))
        {
            return false;
        }

        var thousands = end < core.Length && core[end] == '.' && DigitRun(core, end + 1) == 3;
        var fraction = start >= 2 && core[start - 1] == ',' && char.IsAsciiDigit(core[start - 2]) && end == core.Length;
        var whole = start == 0 && end < core.Length && core[end] == ',' && DigitRun(core, end + 1) is 1 or 2 && end + 1 + DigitRun(core, end + 1) == core.Length;
        if (!thousands && !fraction && !whole)
        {
            return false;
        }

        read[start] = '1';
        return true;
    }

    // A part [start, end) of nothing but O's (or Ø's) where only zeros can stand: a thousands group of three after a point
    // that follows a digit ("1.OOO" = 1.000, "25.OOO.OOO"), the decimals after a comma that follows a digit at the number's
    // end ("3,O" = 3,0), or one O before a decimal comma and its digits ("O,5" = 0,5). Parts to the left are read first,
    // so a group after one read as zeros follows a digit too.
    private static bool ReadZeros(ReadOnlySpan<char> core, int start, int end, Span<char> read)
    {
        var length = end - start;
        if (length is < 1 or > 3 || core[start..end].ContainsAnyExcept("OoØø"))
        {
            return false;
        }

        var afterDigit = start >= 2 && char.IsAsciiDigit(read[start - 2]);
        var group = length == 3 && afterDigit && core[start - 1] == '.' && (end == core.Length || core[end] is '.' or ',');
        var fraction = length <= 2 && afterDigit && core[start - 1] == ',' && end == core.Length;
        var whole = length == 1 && start == 0 && end < core.Length && core[end] == ',' && DigitRun(core, end + 1) is 1 or 2
            && end + 1 + DigitRun(core, end + 1) == core.Length;
        if (!group && !fraction && !whole)
        {
            return false;
        }

        read[start..end].Fill('0');
        return true;
    }

    // The number of digits from index i up to the next joiner or the end; -1 when anything else comes first.
    private static int DigitRun(ReadOnlySpan<char> core, int i)
    {
        var n = 0;
        for (; i < core.Length && !IsJoiner(core[i]); i++, n++)
        {
            if (!char.IsAsciiDigit(core[i]))
            {
                return -1;
            }
        }

        return n;
    }
}
