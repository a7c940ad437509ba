using TongHop.Text.Normalization;

namespace TongHop.Repair.Channel;

/// <summary>
/// Folds an OCR token to the plain-ASCII key space of the syllable index: diacritics dropped, and the
/// characters English OCR substitutes for Vietnamese letters read as the letter they most often stand for
/// (real samples: "s6" = số, "1ap" = lập, "x4"/"x3" = xã, "S&amp;" = Sở, "1€" = lệ, "56" = số).
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

    /// <summary>The letter an OCR character most likely stands for.</summary>
    public static char FoldChar(char c) => c switch
    {
        '6' or '0' or '&' or '@' or '9' => 'o',
        '1' or '|' or '!' => 'l',
        '3' or '4' => 'a',
        '€' or '¢' or '8' => 'e',
        '5' or '$' => 's',
        '2' => 'z',
        '7' => 't',
        _ => char.ToLowerInvariant(VietnameseText.FoldChar(c)),
    };
}
