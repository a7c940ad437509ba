using TongHop.Extraction.Indicators.Catalog;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// For indicators whose parts add up (digital signatures, team members, specialist staff): counts of the
/// indicator's unit words in one sentence become one candidate with their sum. "05 chứng thư số … và …
/// 33 chứng thư số" is 38; "cấp xã (21 thành viên) và 15 tổ … (86 thành viên)" is 107 (the 15 is "tổ",
/// not a member noun, so it is not added).
/// </summary>
internal static class PartsSummer
{
    public static IEnumerable<Candidate> Sum(IEnumerable<Candidate> candidates) =>
        candidates
            .Where(c => c.Indicator.Definition.SumsParts && c.First.NounKey.Length > 0 &&
                        c.Indicator.Definition.UnitWords.Any(w => c.First.NounKey.StartsWith(w, StringComparison.Ordinal)))
            .GroupBy(c => (c.Indicator.Definition.Key, c.First.Sentence))
            .Where(g => g.Count() > 1)
            .Select(g => new Candidate(
                g.First().Indicator,
                [.. g.Select(c => c.First)],
                g.Sum(c => c.Value),
                g.Max(c => c.Score) + 0.5,
                "tổng các phần: " + string.Join(" + ", g.Select(c => Text.Numbers.VietnameseNumber.ToVietnamese(c.Value)))));
}
