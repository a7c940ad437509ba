using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A figure of an area wider than the issuer's: the country's in any report ("Toàn quốc có 15 triệu người tham gia …",
/// "cả nước có …"), and the province's in the report of a commune, a ward or a special zone ("Toàn tỉnh có 65% cụm loa …",
/// "Bình quân toàn tỉnh tỷ lệ … đạt 82%", "tỷ lệ … bình quân của tỉnh là 70,2%", "Tỉnh đã tổ chức 52 hội nghị …", "Các
/// cơ quan cấp tỉnh có 99% …"), when those words stand in the number's clause before it. A province's or a department's
/// own "Toàn tỉnh có 3.526 trạm" stays (its area is the province), and so does a comparison after the commune's own
/// figure ("đạt 85%, cao hơn bình quân toàn tỉnh" keeps the 85).
/// </summary>
internal static class WiderArea
{
    private static readonly string[] Country = ["toan quoc", "ca nuoc"];

    private static readonly string[] Province =
        ["toan tinh", "ca tinh", "binh quan tinh", "binh quan cua tinh", "binh quan chung cua tinh", "binh quan chung toan tinh"];

    // The clause opens with the province as the one who did it; written with its marks, as "Tính đến nay, …" folds to the
    // same letters.
    private static readonly string[] ProvinceOpenings = ["tỉnh"];

    // The clause opens with the province's bodies in general ("Các cơ quan cấp tỉnh có 99% …", "Các sở, ngành …"), in
    // words without their commas: never one issuer's own figure, whoever writes.
    private static readonly string[] ProvinceBodies = ["các cơ quan cấp tỉnh", "các cơ quan đơn vị cấp tỉnh", "các sở ngành"];

    // Header lines of a commune-level issuer, folded: "UBND XÃ …", "ỦY BAN NHÂN DÂN PHƯỜNG …", "ĐẢNG ỦY XÃ …" (the level
    // word read by UnitLevels: xã, phường, đặc khu, thị trấn; not "thị xã").
    private static readonly string[] CommuneBodies = ["ubnd", "uy ban nhan dan", "dang uy", "cong an", "hdnd", "hoi dong nhan dan"];

    /// <summary>Whether the clause of <paramref name="m"/> before it names the country, or the province in a commune's report.</summary>
    public static bool Governs(DocumentView view, Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var before = view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var clause = FoldedWords.Of(before[(before.LastIndexOf(';') + 1)..]);
        var written = view.Text.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var opening = FoldedWords.Of(written[(written.LastIndexOfAny(";:") + 1)..]).TrimStart('-', '+', '*', ' ').ToLowerInvariant();
        if (FoldedWords.HasAny(clause, Country) || ProvinceBodies.Any(b => FoldedWords.StartsWith(opening, b)))
        {
            return true;
        }

        return (FoldedWords.HasAny(clause, Province) || ProvinceOpenings.Any(w => FoldedWords.StartsWith(opening, w))) && BelowTheProvince(view);
    }

    // The first lines of the text (the header) name a body of a commune, ward, special zone or township.
    private static bool BelowTheProvince(DocumentView view)
    {
        var lines = view.Folded[..Math.Min(view.Folded.Length, 600)].Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, 7); i++)
        {
            var words = FoldedWords.Of(lines[i]);
            foreach (var body in CommuneBodies)
            {
                if (!FoldedWords.StartsWith(words, body))
                {
                    continue;
                }

                var rest = words.Length > body.Length ? words[(body.Length + 1)..] : i + 1 < lines.Length ? FoldedWords.Of(lines[i + 1]) : "";
                if (UnitLevels.TryRead(rest, out var level, out _) && level.IsCommunal())
                {
                    return true;
                }
            }
        }

        return false;
    }
}
