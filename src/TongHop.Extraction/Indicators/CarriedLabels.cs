using TongHop.Core.Extraction;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A percent with no label of its own in a clause that follows a labelled percent takes that label when the clause
/// says what it is: a goal ("…đạt 74,2%, thấp hơn chỉ tiêu 80% tỉnh giao", "…đạt 71,4%; chỉ tiêu Thành ủy giao là
/// 75%") or the result after a goal ("Chỉ tiêu … là 90%; nhà trường mới đạt 76%"). Never where the number is a gap
/// or a share of the plan: a comparison word must agree with the two values ("thấp hơn chỉ tiêu 14%" after 76% is a
/// difference, not a goal of 14%), and "94% kế hoạch", "bằng 94% so với kế hoạch" are no goals. Only within one
/// statement (a sentence, or clauses joined by ";"), only to the nearest labelled percent, with no number between.
/// The kind is the clause's: the rule says it, so the value does not take the plan word of the clause before.
/// </summary>
internal static class CarriedLabels
{
    private static readonly string[] TargetWords = ["chi tieu", "ke hoach", "muc tieu"];
    private static readonly string[] ResultWords = ["dat", "thuc hien duoc", "ket qua"];
    private static readonly string[] BelowWords = ["thap hon", "chua dat", "khong dat", "duoi"];
    private static readonly string[] AboveWords = ["vuot", "cao hon"];
    private static readonly string[] ShareWords = ["so voi", "bang"];

    public static IEnumerable<Candidate> Carry(DocumentView view, IReadOnlyList<Candidate> found)
    {
        var labelled = found.Where(c => c.Table is null && c.From.Count == 1)
            .GroupBy(c => c.First)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Score)!);
        var carried = new List<Candidate>();
        Measurement? previous = null;
        Measurement? previousCount = null;
        foreach (var m in view.Measurements)
        {
            if (view.IsTableRow(m.Sentence))
            {
                continue;
            }

            if (m.Measure == Measure.Number)
            {
                CarryCount(view, labelled, previousCount, m, carried);
                previousCount = m;
                continue;
            }

            if (m.Measure != Measure.Percent && !IsStatedShare(m))
            {
                continue;
            }

            if (previous is { } p && !labelled.ContainsKey(m) && !view.IsChange(m) && labelled.TryGetValue(p, out var label) &&
                label.Indicator.Definition.Unit == Core.Indicators.MeasureUnit.Percent && SameStatement(view, p, m) &&
                !view.Measurements.Any(o => o.Span.Start >= p.Span.End && o.Span.End <= m.Span.Start) &&
                KindOf(view, p, m, label.Value) is { } kind)
            {
                var support = label.Support with { Distance = label.Support.Distance + 1.0 };
                carried.Add(new Candidate(label.Indicator, [m], m.Value, label.Score - 0.8,
                    "tiếp nối " + label.Reason, null, support, kind));
            }

            previous = m;
        }

        return carried;
    }

    // "…; kết quả thực hiện đạt 99,1% (18.245/18.410 hồ sơ)": a percent stated with its fraction is a percent too.
    private static bool IsStatedShare(Measurement m) =>
        m.Measure == Measure.Fraction && m.Sources.Count == 2 && m.Sources.Any(q => q.Measure == Measure.Percent);

    /// <summary>
    /// A count without a label of its own, in the clause after a labelled count of the same statement, written bare
    /// or with the same noun: the plan and the result of one thing ("Số cuộc họp trực tuyến theo kế hoạch là 30
    /// cuộc; thực tế đã tổ chức 34", "được trang bị 45 máy tính theo kế hoạch; đến nay đã nhận đủ 45"). Only when the
    /// earlier clause names the plan and the later one the result: the pair is read as target and result (a count of
    /// another noun, "bố trí tại 32 quầy", is something else and is left alone).
    /// </summary>
    private static void CarryCount(DocumentView view, Dictionary<Measurement, Candidate> labelled, Measurement? previous, Measurement m, List<Candidate> carried)
    {
        if (previous is not { } p || view.IsChange(m) || !m.IsWholeCount || !labelled.TryGetValue(p, out var label) ||
            (labelled.TryGetValue(m, out var own) && own.Indicator != label.Indicator) || label.Indicator.Definition.Unit is not (Core.Indicators.MeasureUnit.Count or Core.Indicators.MeasureUnit.People) ||
            !SameStatement(view, p, m) || view.Measurements.Any(o => o.Span.Start >= p.Span.End && o.Span.End <= m.Span.Start) ||
            (m.OcrNounKey.Length > 0 && FirstWord(m.OcrNounKey) != FirstWord(p.OcrNounKey)))
        {
            return;
        }

        var sentence = view.Sentences[p.Sentence];
        var before = FoldedWords.Of(view.Folded.AsSpan(sentence.Start, p.Span.Start - sentence.Start));
        var clauseStart = Math.Max(p.Span.End, view.Sentences[m.Sentence].Start);
        var clause = FoldedWords.Of(view.Folded.AsSpan(clauseStart, m.Span.Start - clauseStart));
        if (!Has(before, TargetWords) || Has(clause, TargetWords) || !Has(clause, CountResultWords) ||
            view.Folded.AsSpan(p.Span.End, m.Span.Start - p.Span.End).IndexOfAny(",;") < 0)
        {
            return;
        }

        var support = label.Support with { Distance = label.Support.Distance + 1.0 };
        carried.Add(new Candidate(label.Indicator, [p], p.Value, label.Score + 0.1, label.Reason, null, label.Support, ValueKind.Target));
        carried.Add(own is not null
            ? own with { Score = own.Score + 0.1, Kind = ValueKind.Actual }
            : new Candidate(label.Indicator, [m], m.Value, label.Score - 0.8, "tiếp nối " + label.Reason, null, support, ValueKind.Actual));
    }

    private static readonly string[] CountResultWords = ["dat", "thuc hien duoc", "ket qua", "thuc te", "den nay", "da"];

    private static string FirstWord(string noun) => noun.IndexOf(' ') is var space and >= 0 ? noun[..space] : noun;

    // The same sentence, or the next one when the first ends in ";".
    private static bool SameStatement(DocumentView view, Measurement p, Measurement m) =>
        p.Sentence == m.Sentence || (m.Sentence == p.Sentence + 1 && view.Text[view.Sentences[p.Sentence].End - 1] == ';');

    // The kind the clause before the number gives it, or null when the clause does not make it the same measure.
    private static ValueKind? KindOf(DocumentView view, Measurement p, Measurement m, decimal labelled)
    {
        var clauseStart = Math.Max(p.Span.End, view.Sentences[m.Sentence].Start);
        var clause = FoldedWords.Of(view.Folded.AsSpan(clauseStart, m.Span.Start - clauseStart));
        if (p.Sentence == m.Sentence && view.Folded.AsSpan(p.Span.End, m.Span.Start - p.Span.End).IndexOfAny(",;") < 0)
        {
            return null; // no clause of its own: "đạt 74,2% và 80%"
        }

        var after = FoldedWords.Of(view.Folded.AsSpan(m.Span.End, Math.Min(view.Folded.Length, m.Span.End + 16) - m.Span.End));
        if (Has(clause, ShareWords) || TargetWords.Concat(ShareWords).Any(w => FoldedWords.StartsWith(after, w)))
        {
            return null; // "bằng 94% so với kế hoạch", "đạt 94% kế hoạch": a share of the plan
        }

        if (Has(clause, TargetWords))
        {
            var below = Has(clause, BelowWords);
            var above = Has(clause, AboveWords);
            if ((below && m.Value <= labelled) || (above && (m.Value >= labelled || m.Value < labelled / 2)))
            {
                return null; // "đạt 76%, thấp hơn chỉ tiêu 14%": the gap, not the goal
            }

            return ValueKind.Target;
        }

        return Has(clause, ResultWords) ? ValueKind.Actual : null;
    }

    private static bool Has(string words, string[] phrases) => FoldedWords.HasAny(words, phrases);
}
