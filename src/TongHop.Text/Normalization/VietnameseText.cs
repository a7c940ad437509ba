using System.Globalization;
using System.Text;

namespace TongHop.Text.Normalization;

/// <summary>Unicode helpers for Vietnamese: NFC normalisation and diacritic folding.</summary>
public static class VietnameseText
{
    /// <summary>Returns <paramref name="text"/> in Unicode NFC, the form every stage works on.</summary>
    public static string Nfc(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Removes diacritics (tone marks and vowel marks) and maps đ/Đ to d/D, keeping case and length
    /// for precomposed input: "Đảng ủy" → "Dang uy". Every output char corresponds to one input char
    /// of an NFC string, so offsets in the folded text are offsets in the original.
    /// </summary>
    public static string Fold(string text)
    {
        var nfc = Nfc(text);
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    /// <summary>Folds and lower-cases: "Đảng Ủy" → "dang uy". Offsets are preserved as in <see cref="Fold"/>.</summary>
    public static string FoldLower(string text) => Fold(text).ToLowerInvariant();

    /// <summary>Folds one character: removes its combining marks and maps đ/Đ to d/D.</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        if (c == 'đ')
        {
            return 'd';
        }

        if (c == 'Đ')
        {
            return 'D';
        }

        return FoldTable.TryGetValue(c, out var folded) ? folded : c;
    }

    private static readonly Dictionary<char, char> FoldTable = BuildFoldTable();

    // Built once from Unicode decomposition rather than typed by hand, so no letter is forgotten.
    private static Dictionary<char, char> BuildFoldTable()
    {
        var table = new Dictionary<char, char>();
        for (var c = '\u00C0'; c <= '\u1EFF'; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) &&
                decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark))
            {
                table[c] = decomposed[0];
            }
        }

        return table;
    }
}
