using System.Text.RegularExpressions;
using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators.Matching;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Tells a goal from a result for a number, and the year it refers to. Target when the sentence has a
/// strong plan word before the number ("phấn đấu", "dự kiến", "bố trí tối thiểu"), or a weak one
/// ("mục tiêu") with no result word before it ("đã hoàn thành mục tiêu" is a result), or names a year
/// after the report's own year ("đến năm 2030"), or sits in a plan section; otherwise the indicator's
/// default kind (actual, or target for a budget request). Clauses joined by ";" share a plan word.
/// </summary>
internal sealed partial class KindReader(CompiledCatalog catalog, DocumentView view)
{
    // The cue filters, made once (a method group of an instance method is a new delegate at every call).
    private Func<TermHit, bool>? _capitalisedMidSentence;
    private Func<TermHit, bool>? _namesNoGoal;

    public (ValueKind Kind, int? Period, string Why) Read(Measurement m, ValueKind defaultKind)
    {
        var sentence = view.Sentences[m.Sentence];
        // A plan section's title gives its targets their year ("III. PHƯƠNG HƯỚNG NĂM 2026"), where the sentence names none.
        var stated = Years.NearPeriod(view.Folded, sentence.Start, sentence.End, m.Span.Start);
        var period = stated?.Year ?? view.PlanSections.YearAt(m.Span.Start);
        var terms = view.Terms[m.Sentence];
        if (FirstBefore(terms, catalog.StrongTarget, m.Span.Start, _capitalisedMidSentence ??= CapitalisedMidSentence) is not null ||
            (LinkedClausesPlan(m.Sentence) && !PastMarkerBefore(sentence.Start, m.Span.Start)))
        {
            return (ValueKind.Target, period, "câu nêu mục tiêu, kế hoạch");
        }

        if (FirstBefore(terms, catalog.WeakTarget, m.Span.Start, _namesNoGoal ??= NamesNoGoal) is { } weak &&
            !(FirstBefore(terms, catalog.Actual, m.Span.Start) is { } actual && actual < weak))
        {
            return (ValueKind.Target, period, "câu nêu mục tiêu");
        }

        if (AssignedGoal(m, terms))
        {
            return (ValueKind.Target, period, "chỉ tiêu được giao");
        }

        // A school year that began in the report's year ("Năm học 2025-2026" in a report of December 2025) is the current
        // one, not a plan, though it ends in the next year.
        if (period > view.ReportYear && !(stated is { } current && current.First <= view.ReportYear))
        {
            return (ValueKind.Target, period, $"năm {period} sau năm báo cáo");
        }

        return view.PlanSections.Contains(m.Span.Start)
            ? (ValueKind.Target, period, "thuộc phần kế hoạch, nhiệm vụ")
            : (defaultKind, period, "");
    }

    // "… phấn đấu 100% thôn có Tổ công nghệ số; tỷ lệ chi trả không dùng tiền mặt đạt 100%.": clauses joined
    // by ";" share the plan word of the first, unless the number's own clause says before it that the thing is done
    // ("Dự toán giao … 3,45 tỷ đồng; đã giải ngân 3,1 tỷ đồng": what was spent). Only a past marker counts: "hoàn thành"
    // or "kết quả" alone is what the plan wants done ("phấn đấu …; hoàn thành cấp 500 chữ ký số" is a target).
    [GeneratedRegex(@"(?<!\p{L})(?:đã|lũy kế|luỹ kế|đến nay|hiện có)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastMarker();

    // The number's own clause (a sentence here ends at ";") from its start to the number, in the text as written, so
    // that "đã" is not "đa".
    private bool PastMarkerBefore(int clauseStart, int position) =>
        position > clauseStart && PastMarker().IsMatch(view.Text.AsSpan(clauseStart, position - clauseStart));

    private bool LinkedClausesPlan(int sentence)
    {
        for (var back = 1; back <= 3 && sentence - back >= 0; back++)
        {
            var previous = view.Sentences[sentence - back];
            if (view.Text[previous.End - 1] != ';')
            {
                return false;
            }

            if (FirstBefore(view.Terms[sentence - back], catalog.StrongTarget, previous.End) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "Chỉ tiêu Cục … giao năm 2025: 100% hồ sơ …", "chỉ tiêu được UBND xã giao là 95%": a goal a body assigned, with words
    // between "chỉ tiêu" and "giao" (the catalog's cues have them side by side), in the number's clause and with no result
    // word before it ("đã hoàn thành chỉ tiêu … giao" is a result). "giao dịch" is a transaction, no assignment.
    private const int MaxAssignedGap = 48;

    private bool AssignedGoal(Measurement m, SentenceTerms terms)
    {
        var sentence = view.Sentences[m.Sentence];
        var before = view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var clause = before.LastIndexOfAny(",;") + 1;
        var at = before[clause..].IndexOf("chi tieu ", StringComparison.Ordinal);
        if (at < 0 || (clause + at > 0 && char.IsLetter(before[clause + at - 1])))
        {
            return false;
        }

        at += clause;
        var giao = before[at..].IndexOf(" giao", StringComparison.Ordinal);
        var end = at + giao + " giao".Length;
        if (giao is < 0 or > MaxAssignedGap || (end < before.Length && char.IsLetter(before[end])) ||
            before[end..].TrimStart(' ').StartsWith("dich", StringComparison.Ordinal))
        {
            return false;
        }

        return !(FirstBefore(terms, catalog.Actual, m.Span.Start) is { } actual && actual < sentence.Start + at);
    }

    // "ngân sách tỉnh bổ sung có mục tiêu", "Chương trình mục tiêu quốc gia": an earmarked transfer and a national target
    // programme name money and a programme, not a goal of the report.
    private bool NamesNoGoal(TermHit hit)
    {
        var folded = view.Folded;
        return folded.AsSpan(hit.Start, hit.End - hit.Start).StartsWith("muc tieu", StringComparison.Ordinal) &&
               (folded.AsSpan(0, hit.Start).EndsWith("co ", StringComparison.Ordinal) ||
                folded.AsSpan(hit.End).StartsWith(" quoc gia", StringComparison.Ordinal));
    }

    // "… thủ tục hành chính của Sẽ đạt 97,6%": a cue written with a capital right after a word in small letters is a name
    // OCR repair turned into the cue's words ("Sở" read as "Sẽ"), not the modal "sẽ" of a goal.
    private bool CapitalisedMidSentence(TermHit hit)
    {
        var text = view.Text;
        if (!char.IsUpper(text[hit.Start]))
        {
            return false;
        }

        var before = hit.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before >= 0 && before < hit.Start - 1 && char.IsLower(text[before]);
    }

    private static int? FirstBefore(SentenceTerms terms, IEnumerable<int> ids, int position, Func<TermHit, bool>? ignore = null)
    {
        int? first = null;
        foreach (var id in ids)
        {
            foreach (var hit in terms.Hits(id))
            {
                if (hit.End <= position && (first is null || hit.Start < first) && !(ignore?.Invoke(hit) ?? false))
                {
                    first = hit.Start;
                }
            }
        }

        return first;
    }
}
