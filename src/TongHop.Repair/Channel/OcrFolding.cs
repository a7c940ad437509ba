using TongHop.Text.Normalization;
using TongHop.Text.Ocr;

namespace TongHop.Repair.Channel;

/// <summary>
/// Folds an OCR token to the plain-ASCII key space of the syllable index: diacritics dropped, and the
/// characters English OCR substitutes for Vietnamese letters read as the letter they most often stand for
/// (the table is <see cref="OcrLookAlikes"/>: "s6" = số, "1ap" = lập, "S&amp;" = Sở).
/// </summary>
public static class OcrFolding
{
    /// <summary>Lower-case, accent-free key of an OCR token.</summary>
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
    /// look-alike that stands for two letters is read as its second one ("t&amp;" = tế beside "S&amp;" = Sở, "16" = tổ beside
    /// "1ap" = lập), and where a final "mg", which no syllable has, is read as "ng" ("tmg" = ứng).
    /// On English OCR (<paramref name="hornedVowels"/>) a leading "wr" is also read as "tu" ("wr" = tử, từ).
    /// </summary>
    /// <param name="token">The lower-case OCR token.</param>
    /// <param name="hornedVowels">Also read English OCR's other renderings of a horned or hooked u as that u (see
    /// <see cref="HornedVowelPairs"/>): for the English-OCR channel, whose table prices them.</param>
    public static IEnumerable<string> Keys(ReadOnlySpan<char> token, bool hornedVowels = false)
    {
        var folded = Fold(token);
        var keys = new List<string>(3) { folded };
        AddPairVariants(folded, OcrLookAlikes.VowelPairs, keys);

        if (hornedVowels)
        {
            AddPairVariants(folded, HornedVowelPairs, keys);

            // "wr" at a token's start is a t and a marked ư run together ("wr" = tử, từ): no syllable has a w.
            if (folded.StartsWith("wr", StringComparison.Ordinal) && string.Concat("tu", folded.AsSpan(2)) is var tu && !keys.Contains(tu))
            {
                keys.Add(tu);
            }
        }

        // No Vietnamese syllable ends in "mg": a marked vowel before n bleeds into it, and English OCR writes "ng" as "mg"
        // ("tmg" = ứng, "chimg" = chứng, "dfmg" = đẳng).
        if (folded.EndsWith("mg", StringComparison.Ordinal) && string.Concat(folded.AsSpan(0, folded.Length - 2), "ng") is var ng && !keys.Contains(ng))
        {
            keys.Add(ng);
        }

        // No syllable starts with two of d, p and b: English OCR writes a capital Đ as two letters ("DPVT", "PbOC" = ĐỐC).
        if (StartsWithTwoLetterD(folded) && string.Concat("d", folded.AsSpan(2)) is var d && !keys.Contains(d))
        {
            keys.Add(d);
        }

        for (var i = 0; i < token.Length && keys.Count < 4; i++)
        {
            var second = SecondLetter(token[i]);
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

    /// <summary>
    /// Whether a lower-case OCR token starts with two different letters of d, p and b ("dpa", "pboc", "bpuqc"), which no
    /// syllable does: English OCR's two-letter rendering of a Đ.
    /// </summary>
    public static bool StartsWithTwoLetterD(ReadOnlySpan<char> lower) =>
        lower.Length >= 3 && IsDLike(lower[0]) && IsDLike(lower[1]) && lower[0] != lower[1];

    /// <summary>
    /// Two letters English OCR writes for a horned or hooked u, besides the shared table's "ir" and "ii": "yr" for ự ("thyrc",
    /// "tryre" = trực), "ur" for ử/ừ, "it" for ứ/ữ ("thite" = thức, "chite" = chức). The channel's table prices each (ứ → it 1.2
    /// nats, ữ → it 0.6, ừ → ur 2.7, ự → yr 4.4), but with a final c read as e the token's key is three edits from the
    /// syllable's and the key search (two edits) never offered it. "it" and "ur" also spell real rhymes (ít, thịt), so these are
    /// extra keys beside the token's own, not replacements, and the channel decides.
    /// </summary>
    public static ReadOnlySpan<(string Pair, char Vowel)> HornedVowelPairs => HornedPairs;

    private static readonly (string Pair, char Vowel)[] HornedPairs = [("yr", 'u'), ("ur", 'u'), ("it", 'u')];

    // Adds the key with each pair that occurs replaced by its vowel.
    private static void AddPairVariants(string folded, ReadOnlySpan<(string Pair, char Vowel)> pairs, List<string> keys)
    {
        foreach (var (pair, vowel) in pairs)
        {
            if (folded.Contains(pair, StringComparison.Ordinal))
            {
                var variant = folded.Replace(pair, vowel.ToString(), StringComparison.Ordinal);
                if (!keys.Contains(variant))
                {
                    keys.Add(variant);
                }
            }
        }
    }

    private static bool IsDLike(char c) => c is 'd' or 'p' or 'b';

    /// <summary>Whether OCR char <paramref name="ocr"/> may stand for base letter <paramref name="letter"/> (lower case, no accent).</summary>
    public static bool IsLookAlike(char ocr, char letter) => FoldChar(ocr) == letter || SecondLetter(ocr) == letter;

    // The second letter a look-alike stands for: the shared table's, and on this channel a 1 for t as well as l
    // ("16" = tổ, "1ap" = lập) and a 6 for a toned e as well as o ("16" = lệ beside "s6" = số: é and 6 share a shape).
    private static char SecondLetter(char c) => c switch
    {
        '1' => 't',
        '6' => 'e',
        _ => OcrLookAlikes.SecondLetter(c),
    };

    /// <summary>The letter an OCR character most likely stands for.</summary>
    public static char FoldChar(char c) =>
        OcrLookAlikes.Letter(c) is var letter and not '\0' ? letter : char.ToLowerInvariant(VietnameseText.FoldChar(c));
}
