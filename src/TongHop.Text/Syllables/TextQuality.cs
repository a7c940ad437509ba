namespace TongHop.Text.Syllables;

/// <summary>
/// How much of a text reads as Vietnamese: the share of its word tokens that are valid syllables.
/// Numbers, document symbols (359-KH/TU), URLs and abbreviations (UBND, VNeID) are not word tokens.
/// Clean Vietnamese scores 1.0 (or very near); English-OCR output of a Vietnamese page scores about
/// 0.5–0.7, because words such as "trién", "ciia" and "s6" are not syllables.
/// </summary>
public static class TextQuality
{
    /// <summary>Share of word tokens that are valid syllables, in [0, 1]; 1.0 when there are no word tokens.</summary>
    public static double Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = CountWords(text);
        return counts.Words == 0 ? 1.0 : (double)counts.Valid / counts.Words;
    }

    /// <summary>Counts word tokens and valid syllables among them.</summary>
    public static (int Words, int Valid) Count(ReadOnlySpan<char> text)
    {
        var counts = CountWords(text);
        return (counts.Words, counts.Valid);
    }

    /// <summary>
    /// Counts word tokens, the valid syllables among them, and the valid syllables written with a Vietnamese letter or
    /// tone mark (ă, â, ê, ô, ơ, ư, đ or a toned vowel): English OCR keeps "Bao cao ket qua" valid but unmarked.
    /// </summary>
    public static WordCounts CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var valid = 0;
        var marked = 0;
        foreach (var range in text.SplitAny(" \t\r\n"))
        {
            var token = text[range];
            if (IsUrlOrSymbol(token))
            {
                continue;
            }

            var core = WordShape.Core(token);
            var shape = Shape(core);
            if (shape == TokenShape.NotWord)
            {
                continue;
            }

            words++;
            if (shape == TokenShape.Letters && VietnameseSyllable.IsValid(core))
            {
                valid++;

                // A valid syllable is letters only, so any char beyond ASCII is a marked letter.
                if (core.ContainsAnyExceptInRange('\0', '\u007f'))
                {
                    marked++;
                }
            }
        }

        return new WordCounts(words, valid, marked);
    }

    private enum TokenShape
    {
        NotWord,
        Letters,
        Mixed,
    }

    // A token with letters and digits mixed ("s6", "1ap", "d6i") is a garbled word; a pure number is not a word.
    private static TokenShape Shape(ReadOnlySpan<char> core)
    {
        if (core.IsEmpty || WordShape.IsAbbreviation(core))
        {
            return TokenShape.NotWord;
        }

        var letters = 0;
        foreach (var c in core)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!char.IsDigit(c) && c is not '&')
            {
                return TokenShape.NotWord;
            }
        }

        return letters == 0 ? TokenShape.NotWord : letters == core.Length ? TokenShape.Letters : TokenShape.Mixed;
    }

    // "://" needs no test of its own: it contains '/'.
    private static bool IsUrlOrSymbol(ReadOnlySpan<char> token) =>
        token.ContainsAny('/', '@') || token.Contains("www.", StringComparison.OrdinalIgnoreCase);
}
