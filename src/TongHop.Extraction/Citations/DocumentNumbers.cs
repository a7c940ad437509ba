using TongHop.Core;

namespace TongHop.Extraction.Citations;

/// <summary>
/// Reads a document number/symbol at a position of a text and normalises it: "57- -NQ/TW" → "57-NQ/TW",
/// "51/KH- UBND" → "51/KH-UBND", "327/QĐ-\nUBND" → "327/QĐ-UBND", "1464 [SKHCN-KH&amp;PMST" → "1464/SKHCN-KH&amp;ĐMST",
/// "761/QB UBND" → "761/QĐ-UBND", "5 1464/…" (a stray OCR digit) → "1464/…". A symbol needs at least one
/// lettered part, so "4/2025", a phone number or "Kế hoạch số 02" are not numbers. A linear scan; never throws.
/// </summary>
public static class DocumentNumbers
{
    private const int MaxParts = 6;
    private const int MaxPartLength = 16;

    /// <summary>Reads a number starting at <paramref name="index"/> (after blanks); <c>null</c> when none is written there.</summary>
    public static NumberMatch? ReadAt(string text, int index)
    {
        var i = SkipBlanks(text, index, allowNewline: false);
        i = SkipStrayDigit(text, i);
        if (i + 2 < text.Length && IsOneLookAlike(text[i]) && text[i + 1] == ' ' && char.IsAsciiDigit(text[i + 2]) && AfterNumberWord(text, i))
        {
            i += 2; // "số I 18/QĐ-UBND": read from the digits, the "I" comes back as the head below
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return null;
        }

        var start = i;
        var digits = ReadWhile(text, ref i, char.IsAsciiDigit, 5);
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            return null;
        }

        // "số 113 1/QĐ-TTg": the OCR split the number's last digits off with a space.
        if (SplitHead(text, start, digits.Length) is { } head)
        {
            digits = text[head..(start - 1)] + digits;
            start = head;
        }
        else if (OneHead(text, start) is { } one)
        {
            // "số I 18/QĐ-UBND": the OCR read the first 1 as I and split it off.
            digits = "1" + digits;
            start = one;
        }
        else if (i + 2 < text.Length && text[i] == ' ' && IsOneLookAlike(text[i + 1]) && text[i + 2] is '/' or '-' && AfterNumberWord(text, start))
        {
            // "số 113 I/QĐ-TTg": the last 1 read as I and split off.
            digits += "1";
            i += 2;
        }
        else if (i + 2 < text.Length && text[i] == ' ' && char.IsAsciiDigit(text[i + 1]))
        {
            // The same read from the head: "113" then " 1/".
            var tail = i + 1;
            var tailDigits = ReadWhile(text, ref tail, char.IsAsciiDigit, 3);
            if (tail < text.Length && text[tail] is '/' or '-' && SplitHead(text, i + 1, tailDigits.Length) == start)
            {
                digits += tailDigits;
                i = tail;
            }
        }

        // "71.3/2026/NQ-CP": a number with a decimal part (the Government's thematic resolutions).
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            var j = i + 1;
            var fraction = ReadWhile(text, ref j, char.IsAsciiDigit, 3);
            if (j < text.Length && text[j] == '/')
            {
                digits += "." + fraction;
                i = j;
            }
        }

        var parts = new List<string> { digits };
        var separators = new List<char>();
        var end = ReadParts(text, i, parts, separators);
        if (parts.Count < 2 || !parts.Skip(1).Any(p => p.Any(char.IsLetter)))
        {
            return null;
        }

        return new NumberMatch(Compose(parts, separators), new TextSpan(start, end));
    }

    /// <summary>The document type a symbol implies: NQ → Nghị quyết, QĐ → Quyết định, an issuer first ("46/UBND-VHXH") → Công văn.</summary>
    public static string? TypeFromSymbol(string number) => DocumentTypes.FromSymbol(number);

    private static int ReadParts(string text, int i, List<string> parts, List<char> separators)
    {
        var end = i;
        while (parts.Count < MaxParts)
        {
            var j = SkipBlanks(text, end, allowNewline: true);
            if (text.AsSpan(end, j - end).Contains('\n') && j + 1 < text.Length && text[j] is '-' or '+' && text[j + 1] == ' ')
            {
                break; // a bullet on the next line, not a separator
            }

            char separator;
            if (j < text.Length && text[j] == '|' && j > end && j + 1 < text.Length && text[j + 1] is ' ' or '\t')
            {
                break; // " | ": a table's column rule, not an OCR'd slash
            }

            if (j < text.Length && text[j] is '-' or '/' or '–' or '[' or '|' or '⁄' or '∕')
            {
                separator = text[j] is '-' or '–' ? '-' : '/';
                j++;
                // "57- -NQ/TW": a doubled separator is OCR noise.
                while (SkipBlanks(text, j, allowNewline: false) is var k && k < text.Length && text[k] is '-' or '/')
                {
                    j = k + 1;
                }

                var blanks = j;
                j = SkipBlanks(text, j, allowNewline: true);
                if (text.AsSpan(blanks, j - blanks).Contains('\t'))
                {
                    break; // "04/2026/TT-BCT- -⇥Hà Nội, ngày": a TAB is a column gap, the number ended before it
                }
            }
            else if (parts.Count >= 2 && j > end && j < text.Length && text[j - 1] is ' ' or '\t')
            {
                // "761/QB UBND": the OCR lost a hyphen before a known issuer code.
                var probe = j;
                var word = ReadWhile(text, ref probe, IsSymbolChar, MaxPartLength);
                if (!SymbolSegments.IsIssuerCode(word) || (probe < text.Length && char.IsLetterOrDigit(text[probe])))
                {
                    break;
                }

                separator = '-';
            }
            else
            {
                break;
            }

            var partEnd = j;
            var part = Latin(ReadWhile(text, ref partEnd, IsSymbolChar, MaxPartLength));
            if (!IsPart(part, parts.Count))
            {
                break;
            }

            AddPart(parts, separators, separator, part);
            end = partEnd;
        }

        return end;
    }

    // A part is upper-case letters and digits ("SKHCN", "KH&ĐMST", "Qb" as OCR'd QĐ, "TTg") or a year after the number.
    // At most one lower-case letter ("Qb", "TTg", "TTr"): "Something" after a bullet dash is a word, not a part.
    private static bool IsPart(string part, int index) =>
        part.Length > 0 &&
        ((index == 1 && part.Length == 4 && part.All(char.IsAsciiDigit)) ||
         ((char.IsUpper(part[0]) || (part[0] == '0' && part.Length > 1 && char.IsUpper(part[1]))) && part.Count(char.IsLower) <= 1));

    private static void AddPart(List<string> parts, List<char> separators, char separator, string part)
    {
        if (SymbolSegments.TrySplitLostSlash(part, out var code, out var issuer))
        {
            parts.Add(code);
            separators.Add(separator);
            parts.Add(issuer);
            separators.Add('/');
            return;
        }

        parts.Add(SymbolSegments.Normalize(part));
        separators.Add(separator);
    }

    private static string Compose(List<string> parts, List<char> separators)
    {
        var builder = new System.Text.StringBuilder(parts[0]);
        for (var k = 1; k < parts.Count; k++)
        {
            builder.Append(separators[k - 1]).Append(parts[k]);
        }

        return builder.ToString();
    }

    // The start of the head of a number split by OCR: 2–3 digits right after "số " and a space before a 1–2 digit tail.
    private static int? SplitHead(string text, int tail, int tailLength)
    {
        if (tailLength > 2 || tail < 7 || text[tail - 1] != ' ' || !char.IsAsciiDigit(text[tail - 2]))
        {
            return null;
        }

        var head = tail - 1;
        while (head > 0 && char.IsAsciiDigit(text[head - 1]))
        {
            head--;
        }

        var length = tail - 1 - head;
        return length is 2 or 3 && NumberWordBefore(text, head) ? head : null;
    }

    // Where an "I" read for the number's first 1 starts ("số I 18/"), or null.
    private static int? OneHead(string text, int digits) =>
        digits >= 2 && text[digits - 1] == ' ' && IsOneLookAlike(text[digits - 2]) && AfterNumberWord(text, digits - 2) ? digits - 2 : null;

    // Whether the word "số " (OCR "s6 ") is written just before a position, not the end of a longer word.
    private static bool AfterNumberWord(string text, int at) =>
        NumberWordBefore(text, at) && (at == 3 || !char.IsLetter(text[at - 4]));

    // Whether the three characters before a position read "số " (folded "so ", or OCR's "s6 ").
    private static bool NumberWordBefore(string text, int at)
    {
        if (at < 3)
        {
            return false;
        }

        var word = Text.Normalization.VietnameseText.FoldLower(text.Substring(at - 3, 3));
        return word == "so " || word.EndsWith("s6 ", StringComparison.Ordinal);
    }

    private static bool IsOneLookAlike(char c) => c is 'I' or 'l' or '|';

    // "so 5 1464/SKHCN…" (sample 001): a lone digit before the real number is OCR debris.
    private static int SkipStrayDigit(string text, int i)
    {
        if (i + 2 < text.Length && char.IsAsciiDigit(text[i]) && text[i + 1] == ' ' && char.IsAsciiDigit(text[i + 2]) &&
            (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
        {
            var j = i + 2;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j < text.Length && text[j] is '/' or '-')
            {
                return i + 2;
            }
        }

        return i;
    }

    private static bool IsSymbolChar(char c) => char.IsAsciiLetterOrDigit(c) || c is 'Đ' or 'đ' or '&' || LookAlikes.Contains(c);

    // Letters that look like those of a symbol: Cyrillic capitals typed into some published symbols ("TT-BTС" with a
    // Cyrillic С), and the eth Ð that Tesseract writes for Đ ("QĐÐ-TTg", "NQ/ÐU": after a Đ it is the same letter read twice).
    private const string LookAlikes = "АВСЕНКМОРТХÐð";
    private const string LatinLookAlikes = "ABCEHKMOPTXĐđ";

    private static string Latin(string part)
    {
        if (part.AsSpan().IndexOfAny(LookAlikes) < 0)
        {
            return part;
        }

        part = part.Replace("ĐÐ", "Đ", StringComparison.Ordinal);

        return string.Create(part.Length, part, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                var at = LookAlikes.IndexOf(source[k], StringComparison.Ordinal);
                span[k] = at >= 0 ? LatinLookAlikes[at] : source[k];
            }
        });
    }

    private static string ReadWhile(string text, ref int i, Func<char, bool> accept, int max)
    {
        var start = i;
        while (i < text.Length && i - start < max && accept(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static int SkipBlanks(string text, int i, bool allowNewline)
    {
        var newlines = 0;
        while (i < text.Length && (text[i] is ' ' or '\t' || (allowNewline && text[i] == '\n' && newlines++ == 0)))
        {
            i++;
        }

        return i;
    }
}
