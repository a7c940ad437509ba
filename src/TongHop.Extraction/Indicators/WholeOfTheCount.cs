using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// All of a thing the report counts, said to have what a count indicator counts: "Cơ quan được trang bị tổng cộng 31
/// máy tính …; 100% số máy tính này đã được cài đặt phần mềm diệt virus", "Toàn bộ máy tính đã cài phần mềm phòng chống
/// mã độc": the count indicator (computers with antivirus) is the count of the thing (computers) the report gives. The
/// share is 100% (written or in words), its sentence names the indicator (a phrasing of it), the words of the share
/// name a unit word of the indicator, and the report's one actual value of another count indicator read from that unit
/// word (the computers) stands before it. Not where the share is a goal, where the thing has no count or several, or
/// where another value already reads the share.
/// </summary>
internal static class WholeOfTheCount
{
    // A value carried from another sentence: sure enough to show, not to skip review.
    private const double Ceiling = 0.85;

    private const int MaxNounChars = 40;

    public static List<Candidate> Find(
        CompiledCatalog catalog, DocumentView view, KindReader kinds,
        List<(Candidate Candidate, ValueKind Kind, int? Period, string Why)> chosen)
    {
        var found = new List<Candidate>();
        var used = chosen.SelectMany(c => c.Candidate.From).ToHashSet();
        foreach (var m in view.Measurements)
        {
            if (m.Measure != Measure.Percent || m.Value != 100 || used.Contains(m) || view.IsTableRow(m.Sentence) || view.IsChange(m) ||
                kinds.Read(m, ValueKind.Actual).Kind != ValueKind.Actual)
            {
                continue;
            }

            var words = NounWords(view, m);
            foreach (var indicator in catalog.Indicators)
            {
                var d = indicator.Definition;
                if (d.Unit != MeasureUnit.Count || d.IsRatio || chosen.Any(c => c.Candidate.Indicator == indicator && c.Kind == ValueKind.Actual) ||
                    new PhrasingScorer(view, m).Best(indicator) is not { } phrasing)
                {
                    continue;
                }

                var unitWord = indicator.UnitWords.Where(w => w.Contains(' ') && FoldedWords.Has(words, w)).OrderByDescending(w => w.Length).FirstOrDefault();
                if (unitWord is null || CountOf(chosen, indicator, unitWord, m) is not { } count)
                {
                    continue;
                }

                found.Add(new Candidate(indicator, [m], count, phrasing.Score, phrasing.Reason + ", toàn bộ số " + unitWord + " đã nêu", null,
                    new Support(phrasing.Score, phrasing.Distance, phrasing.Spread, phrasing.ContextBack, phrasing.Words, true, false),
                    ValueKind.Actual, Ceiling));
            }
        }

        return found;
    }

    // The words the share covers: in the share's own span ("toàn bộ máy tính của văn phòng đã") and after it up to the
    // first break ("100% số máy tính này đã được cài …"), folded.
    private static string NounWords(DocumentView view, Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var end = Math.Min(sentence.End, m.Span.End + MaxNounChars);
        var after = view.Folded.AsSpan(m.Span.End, end - m.Span.End);
        var cut = after.IndexOfAny(",;:(");
        return FoldedWords.Of(view.Folded.AsSpan(m.Span.Start, m.Span.Length + (cut < 0 ? after.Length : cut)));
    }

    // The one actual value, chosen before the share, of another count indicator that a bare count of the unit word names
    // ("31 máy tính": computers), or null where there is none or more than one.
    private static decimal? CountOf(
        List<(Candidate Candidate, ValueKind Kind, int? Period, string Why)> chosen, CompiledIndicator indicator, string unitWord, Measurement share)
    {
        var values = chosen
            .Where(c => c.Kind == ValueKind.Actual && c.Candidate.Indicator != indicator &&
                        c.Candidate.Indicator.Definition is { Unit: MeasureUnit.Count, UnitWordSuffices: true } &&
                        c.Candidate.Indicator.UnitWords.Contains(unitWord) && c.Candidate.First.Span.Start < share.Span.Start)
            .Select(c => c.Candidate.Value)
            .Distinct()
            .ToList();
        return values.Count == 1 ? values[0] : null;
    }
}
