using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;

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
        var (upper, lower, firstLetter) = CountCase(ocrToken);

        // "S6" has one letter: it reads as a capitalised word, not an all-caps one.
        if (upper >= 2 && lower == 0 && (upper >= 3 || capitalNeighbour))
        {
            return VietnameseText.Upper(lowerWord);
        }

        // "Bi THU" is BÍ THƯ: a capital followed by small i's only (English OCR's Í, Ì, Ỉ, as in "CHi") beside a word in capitals.
        if (upper == 1 && lower >= 1 && capitalNeighbour && char.IsUpper(firstLetter) && SmallLettersAreI(ocrToken))
        {
            return VietnameseText.Upper(lowerWord);
        }

        // A capital I read for l is not a capital ("quan Iy"), nor a capital G read for ủ or ứ ("Gy" for ủy); a lower-case b
        // read for Đ is one (English OCR writes a lower-case đ as d).
        var capitalised = (char.IsUpper(firstLetter)
                && !(firstLetter == 'I' && lowerWord.StartsWith('l') && upper == 1)
                && !(firstLetter == 'G' && !lowerWord.StartsWith('g') && upper == 1))
            || (firstLetter == 'b' && lowerWord.StartsWith('đ'));
        return capitalised && lowerWord.Length > 0
            ? string.Create(lowerWord.Length, lowerWord, static (span, word) =>
            {
                word.CopyTo(span);
                span[0] = VietnameseText.UpperChar(word[0]);
            })
            : lowerWord;
    }

    private static bool SmallLettersAreI(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c) && c != 'i')
            {
                return false;
            }
        }

        return true;
    }

    // Letters by case. Among capitals, a lower-case i is a capital Ì, Í or Ỉ ("CHi" is CHỈ) and a leading b a capital Đ
    // ("bOC" is ĐỐC): English OCR writes them so.
    private static (int Upper, int Lower, char FirstLetter) CountCase(ReadOnlySpan<char> token)
    {
        int upper = 0, lower = 0, misread = 0;
        var firstLetter = '\0';
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            firstLetter = firstLetter == '\0' ? c : firstLetter;
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
            // A b beside a leading D or P is the other half of a Đ read as two letters ("PbOC" is ĐỐC).
            misread += c == 'i' || (c == 'b' && firstLetter == c && upper == 0 && lower == 1)
                || (c == 'b' && i == 1 && token[0] is 'D' or 'P') ? 1 : 0;
        }

        return upper >= 2 && lower == misread ? (upper + lower, 0, firstLetter) : (upper, lower, firstLetter);
    }

    /// <summary>
    /// Whether a token is a word of two or more letters written all in capitals ("KHOA", "HQC"; not "Y", "Noi").
    /// A two-letter word is taken as all caps only beside one: "SO KHOA HQC" is a heading, "BO Noi vu" is not.
    /// </summary>
    public static bool IsCapitalWord(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        var (upper, lower, _) = CountCase(token);
        return letters >= 2 && lower == 0 && upper == letters;
    }

    /// <summary>
    /// Whether a line is written in capitals (a heading or a header row, "SO Y TE"): two or more words of two letters
    /// or more, and no word with a lower-case letter.
    /// </summary>
    public static bool IsCapitalLine(string line, IReadOnlyList<RepairToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tokens);
        var capitalWords = 0;
        for (var t = 0; t < tokens.Count; t++) // an index, not foreach: no enumerator boxed for every line
        {
            var core = tokens[t].Core(line);
            var (upper, lower, _) = CountCase(core);
            if (lower > 0)
            {
                return false;
            }

            capitalWords += upper >= 2 ? 1 : 0;
        }

        return capitalWords >= 2;
    }
}
