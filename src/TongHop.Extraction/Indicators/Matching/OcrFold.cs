namespace TongHop.Extraction.Indicators.Matching;

/// <summary>
/// Reads a folded word the way English OCR garbles Vietnamese, so catalog terms still match raw OCR text:
/// digits inside a word are letters ("s6" is "số", "c6" "có", "x3" "xã"), and "ir" is "ư" (no Vietnamese
/// word has "ir": "chirc" is "chức", "chir ky s6" is "chữ ký số"; real sample 003, l.105). Applied alike
/// to catalog terms and document words, so a term such as "4g" still equals itself.
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
            if (word[i] == 'i' && i + 1 < word.Length && word[i + 1] == 'r')
            {
                mapped.Append('u');
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

    public static bool NeedsMapping(ReadOnlySpan<char> word)
    {
        var letters = false;
        var digits = false;
        foreach (var c in word)
        {
            letters |= char.IsLetter(c);
            digits |= char.IsAsciiDigit(c);
        }

        return (letters && digits) || word.IndexOf("ir", StringComparison.Ordinal) >= 0;
    }

    private static char Letter(char c) => c switch
    {
        '0' or '6' or '9' => 'o',
        '1' => 'l',
        '3' or '4' => 'a',
        '5' => 's',
        '8' => 'e',
        _ => c,
    };
}
