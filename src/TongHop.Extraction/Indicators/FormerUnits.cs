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
    [GeneratedRegex(@"(?<!\d\s*|\b(?:các|từ|những|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)\b(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh)\s*(?:\(cũ\)|cũ(?!\p{L}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormerUnit();

    [GeneratedRegex(@"^[\s\-+*•]*trước\s+(?:khi\s+)?(?:sắp xếp|sáp nhập|hợp nhất)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeTheMerger();

    /// <summary>Whether the words of <paramref name="m"/>'s clause before it name a former unit, or its statement opens
    /// with the time before the merger. The clause ends at a comma: in "… sắp xếp ba xã cũ từ ngày 01/7/2025, diện tích tự
    /// nhiên 142,6 km2" and "năm 2024 (của ba phường cũ) đạt 72,5%, năm 2025 đạt 90%" the former units are not the figure's.</summary>
    public static bool Governs(DocumentView view, Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var before = view.Text.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var clause = before[(before.LastIndexOfAny(",;:") + 1)..];
        var statement = before[(before.LastIndexOf(';') + 1)..];
        return FormerUnit().IsMatch(clause) || BeforeTheMerger().IsMatch(statement);
    }
}
