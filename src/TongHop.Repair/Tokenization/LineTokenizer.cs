using System.Collections.Frozen;
using TongHop.Text.Normalization;
using TongHop.Text.Syllables;

namespace TongHop.Repair.Tokenization;

/// <summary>
/// Splits a line into whitespace tokens and classifies each core (the token without edge punctuation).
/// Numbers, dates, document symbols, URLs, e-mails and abbreviations are recognised so that repair keeps
/// them; letter runs with OCR digits inside ("s6", "1ap", "d6i", "x4", "1&amp;") are words.
/// </summary>
public static class LineTokenizer
{
    /// <summary>Appends the tokens of <paramref name="line"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> line, List<RepairToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        var atLineStart = true;
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

            if (i > start)
            {
                var token = Classify(line[start..i], start);
                if (atLineStart && token.Kind != TokenKind.Punctuation)
                {
                    atLineStart = false;
                    token = IsSectionNumberAtLineStart(line.Slice(token.CoreStart, token.CoreLength), line[start..i])
                        ? token with { Kind = TokenKind.Symbol }
                        : token;
                }

                tokens.Add(token);
            }
        }
    }

    /// <summary>Classifies one whitespace token that starts at <paramref name="offset"/> in its line.</summary>
    public static RepairToken Classify(ReadOnlySpan<char> token, int offset)
    {
        if (IsLinkOrMail(token))
        {
            return new RepairToken(offset, token.Length, offset, token.Length, TokenKind.Symbol);
        }

        var (coreStart, coreEnd) = CoreBounds(token);
        if (coreEnd <= coreStart)
        {
            return new RepairToken(offset, token.Length, offset, 0, TokenKind.Punctuation);
        }

        var core = token[coreStart..coreEnd];
        return new RepairToken(offset, token.Length, offset + coreStart, core.Length, KindOf(core));
    }

    /// <summary>The kind of a non-empty token core.</summary>
    public static TokenKind KindOf(ReadOnlySpan<char> core)
    {
        int letters = 0, digits = 0, joiners = 0, others = 0;
        foreach (var c in core)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is '/' or '-' or '.' or ',' or ':' or '_')
            {
                joiners++;
            }
            else
            {
                others++;
            }
        }

        if (letters == 0)
        {
            // "1&" and "1€" are lệ with both letters misread; a digit run with joiners is a number or date.
            return others == 0 ? TokenKind.Number : core.Length <= 3 && joiners == 0 ? TokenKind.Word : TokenKind.Symbol;
        }

        if (joiners > 0 || IsRomanNumeral(core) || (Text.Syllables.WordShape.IsAbbreviation(core) && !IsMisreadCapitalWord(core)))
        {
            return TokenKind.Symbol;
        }

        // Garbled words carry a few look-alike digits or symbols (s6, 1ap, 16p = lớp, d61 = đổi, S&, 1€);
        // "x25", "F2" or "4G" are codes.
        return digits + others <= letters + 1 && letters + digits + others <= 9 && OnlyLookAlikeDigits(core)
            && !LooksLikeUnitOrCode(core, digits)
            ? TokenKind.Word
            : TokenKind.Symbol;
    }

    // English OCR misreads some capitals of an all-caps word: a capital Ọ or Ộ as Q ("HQC" is HỌC, "HQI" HỘI), a capital
    // Ì, Í or Ỉ as a lower-case i ("TiNH" is TÌNH, "CHi" CHỈ) and a capital Đ as a lower-case b ("bOC" is ĐỐC). A token of
    // capitals with such a letter that reads as a syllable once it is put back is a word, not an abbreviation (BQL, with
    // no such reading, stays one). A capital consonant and a G is a word too: the G is a vowel with a hook or a horn
    // ("SG" is Sở, as "Gy" is ủy).
    private static bool IsMisreadCapitalWord(ReadOnlySpan<char> core)
    {
        if (core.Length == 2 && core[1] == 'G' && char.IsUpper(core[0]) && !IsVowelLetter(core[0]))
        {
            var consonant = char.ToLowerInvariant(core[0]);
            return SyllableKeys.Contains(string.Concat(consonant.ToString(), "o")) || SyllableKeys.Contains(string.Concat(consonant.ToString(), "u"));
        }

        if (core.Length is < 3 or > 7)
        {
            return false;
        }

        Span<char> read = stackalloc char[core.Length];
        var misread = false;
        var first = 0;
        // A capital Đ read as two letters ("PbOC" is ĐỐC, "bPUQC" ĐƯỢC, "DPOI" ĐỔI; "DPVT", read ĐVT, is no syllable and
        // stays an abbreviation).
        if (IsDLetter(core[0]) && IsDLetter(core[1]) && char.ToUpperInvariant(core[0]) != char.ToUpperInvariant(core[1]))
        {
            misread = true;
            read[0] = 'd';
            first = 2;
        }

        for (var i = first; i < core.Length; i++)
        {
            var c = core[i];
            var at = i - first + (first > 0 ? 1 : 0);
            if ((c == 'Q' && i > 0) || (c == 'b' && i == 0) || c == 'i')
            {
                misread = true;
                read[at] = c == 'Q' ? 'o' : c == 'b' ? 'd' : 'i';
            }
            else if (char.IsUpper(c))
            {
                read[at] = char.ToLowerInvariant(c);
            }
            else
            {
                return false;
            }
        }

        var length = core.Length - (first > 0 ? 1 : 0);
        return misread && core.Length - CountOf(core, 'i') - (core[0] == 'b' ? 1 : 0) >= 1
            && SyllableKeys.Contains(VietnameseText.FoldLower(new string(read[..length])));
    }

    private static bool IsDLetter(char c) => c is 'D' or 'P' or 'B' or 'b';

    private static bool IsVowelLetter(char c) => "AEIOUY".Contains(c);

    private static int CountOf(ReadOnlySpan<char> core, char c)
    {
        var n = 0;
        foreach (var x in core)
        {
            n += x == c ? 1 : 0;
        }

        return n;
    }

    // The accent-free keys of the attested syllables ("độc" → doc).
    private static readonly FrozenSet<string> SyllableKeys =
        SyllableInventory.Default.Forms.Select(VietnameseText.FoldLower).ToFrozenSet(StringComparer.Ordinal);

    // 2 and 7 never stand for a letter; 9 stands for ô or ộ after a small letter ("b9" = bộ, "d9" = độ), the only digit
    // there: with a capital before it or more digits it is a code (K9, B9, A29).
    private static bool OnlyLookAlikeDigits(ReadOnlySpan<char> core)
    {
        if (core.ContainsAny("27"))
        {
            return false;
        }

        var nine = core.IndexOf('9');
        return nine < 0 || (nine > 0 && char.IsLower(core[nine - 1]) && core.IndexOfAnyInRange('0', '9') == nine && core.LastIndexOfAnyInRange('0', '9') == nine);
    }

    // "4G", "5G", "3D", "A4": a digit followed by one capital is a technical code, not a garbled syllable.
    private static bool LooksLikeUnitOrCode(ReadOnlySpan<char> core, int digits) =>
        digits > 0 && core.Length == 2 && char.IsDigit(core[0]) && char.IsUpper(core[1]);

    // Section numbers II, III, IV, VI… and their OCR forms I1, I11, Il (a lone I or V may be a garbled word).
    private static bool IsRomanNumeral(ReadOnlySpan<char> core) =>
        core.Length >= 2 && core[0] is 'I' or 'V' or 'X' && !core.ContainsAnyExcept("IVX1l");

    // At the start of a line, a short run of I/1/l/L with at least one I, V or X is a Roman section number read
    // badly ("_ 1IL ĐÁNH GIÁ CHUNG" in a real sample is "III. ĐÁNH GIÁ CHUNG"), and one character before ")" is a
    // list marker ("¢) Đẩy mạnh…" is "c) Đẩy mạnh…"): repair must not turn either into a word.
    private static bool IsSectionNumberAtLineStart(ReadOnlySpan<char> core, ReadOnlySpan<char> token) =>
        (core.Length is >= 2 and <= 5 && core.ContainsAny("IVX") && !core.ContainsAnyExcept("IVX1lL"))
        || (core.Length == 1 && token.Length == 2 && token[1] == ')');

    private static (int Start, int End) CoreBounds(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !IsCoreChar(token[start]))
        {
            start++;
        }

        while (end > start && !IsCoreChar(token[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    // The look-alikes that stand for letters in English OCR of Vietnamese (S& = Sở, 1€ = lệ, ¢ = ê, k¥ = kỹ, s§ = số).
    private static bool IsCoreChar(char c) => char.IsLetterOrDigit(c) || Text.Ocr.OcrLookAlikes.WordSymbols.Contains(c);

    private static bool IsLinkOrMail(ReadOnlySpan<char> token) =>
        token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (token.Contains('@') && token.IndexOf('@') > 0 && token[(token.IndexOf('@') + 1)..].Contains('.'));
}
