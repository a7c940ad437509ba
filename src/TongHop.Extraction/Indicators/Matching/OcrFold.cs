using TongHop.Text.Ocr;

namespace TongHop.Extraction.Indicators.Matching;

/// <summary>
/// Reads a folded word the way English OCR garbles Vietnamese, so catalog terms still match raw OCR text:
/// digits inside a word are the letters they look like ("s6" is "số", "c6" "có", "x3" "xã"), and the
/// two-letter renderings of one vowel are that vowel ("chirc" is "chức", "chir ky s6" is "chữ ký số"; real
/// sample 003, l.105), all from <see cref="OcrLookAlikes"/>. Applied alike to catalog terms and document
/// words, so a term such as "4g" still equals itself.
/// </summary>
internal static class OcrFold
{
    /// <summary>The word with OCR look-alikes mapped, or the word itself when it has none (no allocation).</summary>
    public static string Word(ReadOnlySpan<char> word, string? original = null)
    {
        if (!NeedsMapping(word))
        {
            return original ?? word.ToString();
        }

        var mapped = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (i + 1 < word.Length && VowelOfPair(word[i], word[i + 1]) is var vowel and not '\0')
            {
                mapped.Append(vowel);
                i++;
            }
            else
            {
                mapped.Append(Letter(word[i]));
            }
        }

        return mapped.ToString();
    }

    /// <summary>Maps every word of a space-separated folded phrase.</summary>
    public static string Phrase(string folded) => string.Join(' ', folded.Split(' ').Select(w => Word(w, w)));

    /// <summary>Whether the word has a look-alike among letters, or a vowel pair.</summary>
    public static bool NeedsMapping(ReadOnlySpan<char> word)
    {
        foreach (var (pair, _) in OcrLookAlikes.VowelPairs)
        {
            if (word.IndexOf(pair, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        if (!word.ContainsAny(OcrLookAlikes.Chars))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static char VowelOfPair(char first, char second)
    {
        foreach (var (pair, vowel) in OcrLookAlikes.VowelPairs)
        {
            if (pair[0] == first && pair[1] == second)
            {
                return vowel;
            }
        }

        return '\0';
    }

    private static char Letter(char c) => OcrLookAlikes.Letter(c) is var letter and not '\0' ? letter : c;
}
