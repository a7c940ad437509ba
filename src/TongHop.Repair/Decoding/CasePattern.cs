using System.Globalization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Carries the letter case of an OCR token over to its repair: "TONG" → "TỔNG", "Pang" → "Đảng",
/// "S6" → "Số", "hién" → "hiện". Digits and symbols in the OCR token have no case and are skipped.
/// Two habits of English OCR are not taken as case: a lower-case accented vowel read as a capital in a short
/// word ("BO Y tế" for "Bộ Y tế": only an all-caps line makes a two-letter word all caps), and a lower-case l
/// read as a capital I ("quan Iy" for "quản lý").
/// </summary>
public static class CasePattern
{
    /// <summary>
    /// Writes <paramref name="lowerWord"/> in the case pattern of <paramref name="ocrToken"/>;
    /// <paramref name="capitalNeighbour"/> says whether a word next to it is written all in capitals (a heading).
    /// </summary>
    public static string Apply(ReadOnlySpan<char> ocrToken, string lowerWord, bool capitalNeighbour = true)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        int upper = 0, lower = 0;
        var firstLetter = '\0';
        foreach (var c in ocrToken)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            firstLetter = firstLetter == '\0' ? c : firstLetter;
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        // "S6" has one letter: it reads as a capitalised word, not an all-caps one.
        if (upper >= 2 && lower == 0 && (upper >= 3 || capitalNeighbour))
        {
            return lowerWord.ToUpper(CultureInfo.InvariantCulture);
        }

        var capitalised = char.IsUpper(firstLetter) && !(firstLetter == 'I' && lowerWord.StartsWith('l') && upper == 1);
        return capitalised && lowerWord.Length > 0
            ? string.Concat(char.ToUpper(lowerWord[0], CultureInfo.InvariantCulture).ToString(), lowerWord.AsSpan(1))
            : lowerWord;
    }

    /// <summary>
    /// Whether a token is a word of two or more letters written all in capitals ("KHOA", "HQC"; not "Y", "Noi").
    /// A two-letter word is taken as all caps only beside one: "SO KHOA HQC" is a heading, "BO Noi vu" is not.
    /// </summary>
    public static bool IsCapitalWord(ReadOnlySpan<char> token)
    {
        int letters = 0, upper = 0;
        foreach (var c in token)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= 2 && upper == letters;
    }
}
