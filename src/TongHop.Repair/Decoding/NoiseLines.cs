using TongHop.Repair.LanguageModel;
using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;
using TongHop.Text.Syllables;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Lines of a noisy Tesseract-Vietnamese text (a photocopy, see <see cref="RepairOptions.NoisyVietnameseOcrQuality"/>) that
/// hold nothing a document is written with: no syllable, no number, no symbol with a digit or a joiner, no word or
/// abbreviation the language model knows; or, of <see cref="MinWords"/> words or more, fewer than half such words. OCR
/// reads them out of a seal's ring, the strokes of a signature, toner specks, a rule's ends and the back page showing
/// through, read mirrored (<c>——~—:}</c>, <c>......ÔÔÔÔÔÔỐÔ ốcnannnnannunnnn</c>, <c>¬</c>, <c>;Smd #Øvioodd đ1 1 6À uŠi lôi
/// pứv föm od› dnid</c>); nearly every character of them is an error. They are emptied (the line stays, so the repaired
/// text keeps the read text's lines).
/// A line with one real word (<c>QPPL:</c>, <c>a)</c>, <c>II.</c>, <c>24</c>) stays whole: a word the model knows or a
/// syllable, a number, a symbol with a digit or a joiner, three or more plain capitals, a Roman numeral.
/// </summary>
internal static class NoiseLines
{
    /// <summary>Whether the line, of <paramref name="tokens"/>, holds nothing but noise (false for an empty line).</summary>
    public static bool IsNoise(string line, IReadOnlyList<RepairToken> tokens, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (line.AsSpan().Trim().IsEmpty)
        {
            return false;
        }

        var (words, text) = (0, 0);
        foreach (var token in tokens)
        {
            var core = token.Core(line);
            if (core.IsEmpty || token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            words++;
            text += IsText(core, token.Kind, vocabulary) ? 1 : 0;
        }

        return text == 0 || (words >= MinWords && text < Share * words);
    }

    /// <summary>A line of at least this many words is judged by its share of words (a shorter one only when it has none).</summary>
    internal const int MinWords = 4;

    /// <summary>A long line of which fewer than this share of words are words of a document is noise.</summary>
    internal const double Share = 0.5;

    private static bool IsText(ReadOnlySpan<char> core, TokenKind kind, Vocabulary vocabulary)
    {
        switch (kind)
        {
            case TokenKind.Punctuation:
                return false;
            case TokenKind.Number:
                return true;
            case TokenKind.Symbol when IsDocumentSymbol(core) || IsAbbreviation(core):
                return true;
        }

        var lower = VietnameseText.Lower(core);
        return SyllableInventory.Default.Contains(lower) || vocabulary.TryGetId(Vocabulary.Normalize(lower), out _)
            || (kind == TokenKind.Symbol && IsRoman(core));
    }

    // A symbol as documents write them: parts of capitals, letters and digits joined by / - & . (05/CT-TTg, NN&MT,
    // 128/KH-SGDĐT, 2.1) or capitals with digits (QH15, 2MB). Letters mixed with digits and signs in small letters
    // (2v, #4-i@!, ờ2) are what OCR makes of the back page read mirrored. A symbol mostly of figures is always one.
    private static bool IsDocumentSymbol(ReadOnlySpan<char> core)
    {
        var (digits, upper, lower, joiners) = (0, 0, 0, 0);
        foreach (var c in core)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (c is '/' or '-' or '&' or '.' or ',')
            {
                joiners++;
            }
            else
            {
                joiners = -1000;
            }
        }

        // Mostly figures (56/2024'QH15 with a slash read as a quote) is a number or a citation whatever the signs.
        return (digits >= 2 && digits >= upper + lower)
            || (joiners > 0 ? digits + upper > lower && !core.StartsWith("-") : joiners == 0 && digits > 0 && lower == 0);
    }

    // Three or more plain capitals (QPPL, UBND, VPHC): an abbreviation, even one the model never saw. Two (AX) or marked
    // ones (ÔÔ) are as often what OCR made of a stroke.
    private static bool IsAbbreviation(ReadOnlySpan<char> core)
    {
        if (core.Length < 3)
        {
            return false;
        }

        foreach (var c in core)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRoman(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
        {
            if (c is not ('I' or 'V' or 'X' or 'L'))
            {
                return false;
            }
        }

        return true;
    }
}
