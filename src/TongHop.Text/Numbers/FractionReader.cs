using TongHop.Core;

namespace TongHop.Text.Numbers;

/// <summary>
/// Reads parts of a whole: "496/757 hồ sơ", "07/15 cụm loa", "496 hồ sơ trên tổng số 757 hồ sơ".
/// A slash also writes dates ("29/4/2025", "02/9", "10/2025") and document numbers ("359/KH-UBND",
/// "639/\nSKHCN-…"); those are skipped.
/// </summary>
internal static class FractionReader
{
    /// <summary>Reads from a number followed by '/', returns where scanning goes on.</summary>
    public static int Read(string text, int start, int runEnd, List<Quantity> found)
    {
        var second = SkipSpaces(text, runEnd + 1);
        if (second >= text.Length || !char.IsAsciiDigit(text[second]))
        {
            return NumberRun.TokenEnd(text, runEnd);
        }

        var secondEnd = NumberRun.End(text, second);
        if (secondEnd < text.Length && (text[secondEnd] is '/' or '-' || char.IsLetter(text[secondEnd])))
        {
            return NumberRun.TokenEnd(text, secondEnd);
        }

        if (!VietnameseNumber.TryParse(text.AsSpan(start, runEnd - start), out var numerator) ||
            !VietnameseNumber.TryParse(text.AsSpan(second, secondEnd - second), out var denominator))
        {
            return secondEnd;
        }

        var noun = NounPhrase.Read(text, secondEnd, out _);
        if (IsDate(text, start, numerator, denominator, noun, !text.AsSpan(second, secondEnd - second).ContainsAnyExcept("0123456789")))
        {
            return secondEnd;
        }

        found.Add(Fraction(numerator, denominator, QualifierWords.Before(text, start), new TextSpan(start, secondEnd), noun));
        return secondEnd;
    }

    // Words a count's own clause may put between its noun and "trên tổng số" ("4.825 hồ sơ được nộp trực tuyến trên
    // tổng số 5.102 hồ sơ"); more, and the total is likely another clause's.
    private const int MaxWordsBeforeTotal = 6;

    /// <summary>Reads "<c>496 hồ sơ trên tổng số 757 hồ sơ</c>" once the numerator and its noun are read; also "trong tổng
    /// số" ("hoàn thành 30 trong tổng số 36 tiêu chí") and a few words of the count's clause before it ("820 hồ sơ được
    /// nộp qua mạng trên tổng số 1.000 hồ sơ"), never across punctuation or another number.</summary>
    public static bool TryReadOfTotal(string text, int start, decimal numerator, string noun, int nounEnd, List<Quantity> found, out int next)
    {
        next = nounEnd;
        var at = nounEnd;
        for (var skipped = 0; skipped <= MaxWordsBeforeTotal; skipped++)
        {
            var w1 = Folded(Words.After(text, at, out var e1));
            if (w1.Length == 0 || w1.Any(char.IsAsciiDigit))
            {
                return false;
            }

            if (w1 is "tren" or "trong" && Folded(Words.After(text, e1, out var e2)) == "tong" && Folded(Words.After(text, e2, out var e3)) == "so")
            {
                return TryReadTotal(text, start, numerator, noun, e3, found, ref next);
            }

            // "21 trong số 23 cán bộ, công chức đã hoàn thành …": the part right before "trong số", the noun after the whole.
            if (skipped == 0 && noun.Length == 0 && w1 == "trong" && Folded(Words.After(text, e1, out var e4)) == "so")
            {
                return TryReadTotal(text, start, numerator, null, e4, found, ref next);
            }

            at = e1;
        }

        return false;
    }

    // noun: the part's noun, or null to take the whole's ("21 trong số 23 cán bộ").
    private static bool TryReadTotal(string text, int start, decimal numerator, string? noun, int from, List<Quantity> found, ref int next)
    {
        var second = SkipSpaces(text, from);
        var secondEnd = second < text.Length && char.IsAsciiDigit(text[second]) ? NumberRun.End(text, second) : second;
        if (secondEnd == second || !VietnameseNumber.TryParse(text.AsSpan(second, secondEnd - second), out var denominator) ||
            denominator < numerator)
        {
            return false;
        }

        if (noun is null)
        {
            noun = NounPhrase.Read(text, secondEnd, out _);
            if (noun.Length == 0)
            {
                return false;
            }
        }

        var qualifier = QualifierWords.Before(text, start);
        found.Add(Fraction(numerator, denominator, qualifier, new TextSpan(start, secondEnd), noun));
        next = secondEnd;
        return true;
    }

    private static string Folded(string word) => Normalization.VietnameseText.FoldLower(word);

    public static Quantity Fraction(decimal numerator, decimal denominator, Core.Extraction.Qualifier qualifier, TextSpan span, string noun)
    {
        var percent = denominator == 0 ? 0 : Math.Round(numerator * 100 / denominator, 1, MidpointRounding.AwayFromZero);
        return new Quantity(percent, Measure.Fraction, qualifier, span, noun, numerator, denominator);
    }

    // "10/2025" (month/year), "ngày 02/9", "Quốc khánh 02/9." are dates; "12/12 xã" and "07/15 cụm loa" are not.
    // A year after the slash is written as four figures ("10/2025"); "1.912/1.967 văn bản" is a fraction.
    private static bool IsDate(string text, int start, decimal first, decimal second, string noun, bool secondPlainFigures) =>
        (second is >= 1900 and <= 2100 && secondPlainFigures) ||
        (ReferenceWords.PrecedeReference(text, start) && !NoDayAfterDayWord(text, start, first, second, noun)) ||
        (first is >= 1 and <= 31 && second is >= 1 and <= 12 && noun.Length == 0);

    // "Đến ngày 17/19 thôn" (repair made "ngày" of English OCR's "nay" in "Đến nay"): after the word "ngày", a pair that
    // is no day and month and counts a noun is a fraction.
    private static bool NoDayAfterDayWord(string text, int start, decimal first, decimal second, string noun) =>
        noun.Length > 0 && (second > 12 || first > 31 || first < 1 || second < 1) &&
        Normalization.VietnameseText.FoldLower(Words.Before(text, start)) == "ngay";

    // A line break may fall inside a written number pair ("29/\n4/2025").
    private static int SkipSpaces(string text, int position)
    {
        var i = position;
        while (i < text.Length && i - position < 3 && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
