using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// For indicators whose parts add up (digital signatures, team members, specialist staff): counts of the
/// indicator's unit words listed side by side in one statement become one candidate with their sum.
/// "05 chứng thư số … và … 33 chứng thư số" is 38; "cấp xã (21 thành viên) và 15 tổ … (86 thành viên)"
/// is 107 (the 15 is "tổ", not a member noun). A statement may run over clauses joined by ";" when the parts
/// count the same thing: "Tổ … xã gồm 13 thành viên; … 34 Tổ … thôn với tổng số 152 thành viên" is 165.
/// A count followed by "trong đó"/"gồm" is a total of what follows, not a sibling: "58 người, trong đó có 02
/// công chức chuyên trách" adds nothing up; and the parts of a stated total are never summed, the total wins
/// ("74 chứng thư, gồm 09 … và 63 …" is 74; the mismatch is a finding of the checks).
/// </summary>
internal static class PartsSummer
{
    public static IEnumerable<Candidate> Sum(DocumentView view, IEnumerable<Candidate> candidates) =>
        candidates
            .Where(c => c.Table is null && c.Indicator.Definition.SumsParts && c.Support.UnitWord && !c.First.IsPart && c.From.Count == 1)
            .GroupBy(c => (c.Indicator.Definition.Key, Statement(view, c.First.Sentence)))
            .SelectMany(g => Siblings(view.Text, [.. g.OrderBy(c => c.First.Span.Start)]))
            .SelectMany(run => SameThingAcrossClauses(run))
            .Where(run => run.Count > 1)
            .Select(run => new Candidate(
                run[0].Indicator,
                [.. run.Select(c => c.First)],
                run.Sum(c => c.Value),
                run.Max(c => c.Score) + 0.5,
                "tổng các phần: " + string.Join(" + ", run.Select(c => VietnameseNumber.ToVietnamese(c.Value))),
                null,
                run.MaxBy(c => c.Score)!.Support));

    // The first sentence of the run of sentences joined by ";" that this one belongs to.
    private static int Statement(DocumentView view, int sentence)
    {
        while (sentence > 0 && view.Text[view.Sentences[sentence - 1].End - 1] == ';' && !view.IsTableRow(sentence - 1))
        {
            sentence--;
        }

        return sentence;
    }

    // Splits a statement's counts into runs of siblings: a "trong đó" between two counts starts a new run.
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

    // Within one sentence any unit words of the indicator add up ("05 chứng thư số … 33 SIM PKI"); across clauses
    // only counts of the same noun do ("13 thành viên; … 152 thành viên", not "15 thành viên; … 1.200 người dân").
    private static IEnumerable<List<Candidate>> SameThingAcrossClauses(List<Candidate> run) =>
        run.Select(c => c.First.Sentence).Distinct().Count() <= 1
            ? [run]
            : run.GroupBy(c => FirstWords(c.First.OcrNounKey)).Select(g => g.ToList());

    private static string FirstWords(string noun) => string.Join(' ', noun.Split(' ').Take(2));
}
