using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// For indicators whose parts add up (digital signatures, team members, specialist staff): counts of the
/// indicator's unit words listed side by side in one sentence become one candidate with their sum.
/// "05 chứng thư số … và … 33 chứng thư số" is 38; "cấp xã (21 thành viên) và 15 tổ … (86 thành viên)"
/// is 107 (the 15 is "tổ", not a member noun). A count followed by "trong đó"/"gồm" is a total of what
/// follows, not a sibling: "58 người, trong đó có 02 công chức chuyên trách" adds nothing up.
/// </summary>
internal static class PartsSummer
{
    public static IEnumerable<Candidate> Sum(string text, IEnumerable<Candidate> candidates) =>
        candidates
            .Where(c => c.Table is null && c.Indicator.Definition.SumsParts && CandidateFinder.UnitWordMatches(c.Indicator, c.First))
            .GroupBy(c => (c.Indicator.Definition.Key, c.First.Sentence))
            .SelectMany(g => Siblings(text, [.. g.OrderBy(c => c.First.Span.Start)]))
            .Where(run => run.Count > 1)
            .Select(run => new Candidate(
                run[0].Indicator,
                [.. run.Select(c => c.First)],
                run.Sum(c => c.Value),
                run.Max(c => c.Score) + 0.5,
                "tổng các phần: " + string.Join(" + ", run.Select(c => VietnameseNumber.ToVietnamese(c.Value))),
                null,
                run.MaxBy(c => c.Score)!.Support));

    // Splits a sentence's counts into runs of siblings: a "trong đó" between two counts starts a new run.
    private static IEnumerable<List<Candidate>> Siblings(string text, List<Candidate> ordered)
    {
        var run = new List<Candidate>();
        foreach (var c in ordered)
        {
            if (run.Count > 0 && PartsStatementReader.HasMarker(text, run[^1].First.Span.End, c.First.Span.Start))
            {
                yield return run;
                run = [];
            }

            run.Add(c);
        }

        yield return run;
    }
}
