using System.Text.RegularExpressions;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A figure of the units before the 2025 merger, not of the issuer now: the clause that holds the number names a former
/// unit ("xã cũ có 25 cán bộ", "dân số xã cũ là 9.800 người", "UBND huyện (cũ) đã cấp 40 chữ ký số") or opens with the
/// time before the merger ("Trước sắp xếp, …", "Trước khi sáp nhập, …"). Not a count of the former units themselves ("được
/// thành lập từ 3 xã cũ", "các xã cũ"), and not the time after it ("Sau sắp xếp, xã có 9 thôn").
/// </summary>
internal static partial class FormerUnits
{
    [GeneratedRegex(@"(?<!\d\s*|\b(?:các|từ|những|của các)\s+)\b(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh)\s*\(?cũ\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormerUnit();

    [GeneratedRegex(@"\btrước\s+(?:khi\s+)?(?:sắp xếp|sáp nhập|hợp nhất)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeTheMerger();

    /// <summary>Whether the clause of <paramref name="m"/> before it speaks of a former unit or of the time before the merger.</summary>
    public static bool Governs(DocumentView view, Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var clauseStart = view.Text.LastIndexOf(';', Math.Max(sentence.Start, m.Span.Start - 1), m.Span.Start - sentence.Start) + 1;
        var start = Math.Max(sentence.Start, clauseStart);
        var before = view.Text[start..m.Span.Start];
        return FormerUnit().IsMatch(before) || BeforeTheMerger().IsMatch(before);
    }
}
