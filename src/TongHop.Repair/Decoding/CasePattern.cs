using System.Globalization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Carries the letter case of an OCR token over to its repair: "TONG" → "TỔNG", "Pang" → "Đảng",
/// "S6" → "Số", "hién" → "hiện". Digits and symbols in the OCR token have no case and are skipped.
/// </summary>
public static class CasePattern
{
    /// <summary>Writes <paramref name="lowerWord"/> in the case pattern of <paramref name="ocrToken"/>.</summary>
    public static string Apply(ReadOnlySpan<char> ocrToken, string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        int upper = 0, lower = 0;
        var firstLetterUpper = false;
        var seenLetter = false;
        foreach (var c in ocrToken)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            firstLetterUpper |= !seenLetter && char.IsUpper(c);
            seenLetter = true;
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        // "S6" has one letter: it reads as a capitalised word, not an all-caps one.
        if (upper >= 2 && lower == 0)
        {
            return lowerWord.ToUpper(CultureInfo.InvariantCulture);
        }

        var startsUpper = firstLetterUpper || (!seenLetter && false);
        return startsUpper && lowerWord.Length > 0
            ? string.Concat(char.ToUpper(lowerWord[0], CultureInfo.InvariantCulture).ToString(), lowerWord.AsSpan(1))
            : lowerWord;
    }
}
