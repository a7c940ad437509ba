using TongHop.Text.Normalization;

namespace TongHop.Repair.Channel;

/// <summary>
/// Folds an OCR token to the plain-ASCII key space of the syllable index: diacritics dropped, and the
/// characters English OCR substitutes for Vietnamese letters read as the letter they most often stand for
/// (real samples: "s6" = số, "1ap" = lập, "x4"/"x3" = xã, "S&amp;" = Sở, "1€" = lệ, "56" = số, "k¥" = kỹ, "gﬁn" = gần).
/// </summary>
public static class OcrFolding
{
    /// <summary>Lower-case, accent-free key of an OCR token; characters with no reading become '?'.</summary>
    public static string Fold(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            buffer[i] = FoldChar(token[i]);
        }

        return new string(buffer);
    }

    /// <summary>
    /// The folded key plus variants where a two-letter OCR rendering of one vowel is read back as that vowel
    /// (ư → "ir": "chirc" = chức; ủ → "ii": "ciia" = của), which plain edit distance 2 would miss, and where a
    /// symbol that stands for two kinds of letter is read as its second one ("t&amp;" = tế beside "S&amp;" = Sở,
    /// "¢6" = có beside "B¢" = Bệ).
    /// </summary>
    public static IEnumerable<string> Keys(ReadOnlySpan<char> token)
    {
        var folded = Fold(token);
        var keys = new List<string>(3) { folded };
        foreach (var (pair, vowel) in MultiCharVowels)
        {
            if (folded.Contains(pair, StringComparison.Ordinal))
            {
                var variant = folded.Replace(pair, vowel, StringComparison.Ordinal);
                if (!keys.Contains(variant))
                {
                    keys.Add(variant);
                }
            }
        }

        for (var i = 0; i < token.Length && keys.Count < 4; i++)
        {
            var second = SecondReading(token[i]);
            if (second != '\0')
            {
                var variant = string.Concat(folded.AsSpan(0, i), new ReadOnlySpan<char>(in second), folded.AsSpan(i + 1));
                if (!keys.Contains(variant))
                {
                    keys.Add(variant);
                }
            }
        }

        return keys;
    }

    private static readonly (string Pair, string Vowel)[] MultiCharVowels = [("ir", "u"), ("ii", "u")];

    /// <summary>The letter an OCR character most likely stands for.</summary>
    public static char FoldChar(char c) => c switch
    {
        '6' or '0' or '&' or '@' or '9' or '§' => 'o',
        '1' or '|' or '!' => 'l',
        '3' or '4' or 'ﬁ' => 'a',
        '€' or '¢' or '8' => 'e',
        '5' or '$' => 's',
        '¥' => 'y',
        '2' => 'z',
        '7' => 't',
        _ => char.ToLowerInvariant(VietnameseText.FoldChar(c)),
    };

    /// <summary>
    /// The other letter a symbol stands for, or '\0': English OCR writes a toned ê/ế/ệ as "&amp;" as well as ơ/ở,
    /// a c as "¢" as well as ê, and a ữ as "¥" as well as ỹ.
    /// </summary>
    public static char SecondReading(char c) => c switch
    {
        '&' => 'e',
        '¢' => 'c',
        '¥' => 'u',
        _ => '\0',
    };

    /// <summary>Whether OCR char <paramref name="ocr"/> is a look-alike of base letter <paramref name="letter"/> (lower case, no accent).</summary>
    public static bool IsLookAlike(char ocr, char letter) => FoldChar(ocr) == letter || SecondReading(ocr) == letter;
}
