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
                if (unitWord is null || CountOf(view, chosen, indicator, unitWord, m) is not var (count, countSentence) ||
                    !AllOfIt(view, m, unitWord, countSentence))
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
    // ("31 máy tính": computers), with the sentence that gives it, or null where there is none or more than one, or where
    // it is not given in the share's sentence or the one before ("Đơn vị có 31 máy tính. … Năm 2025 …, 100% máy tính …"
    // may be of a later set).
    private static (decimal Count, int Sentence)? CountOf(
        DocumentView view, List<(Candidate Candidate, ValueKind Kind, int? Period, string Why)> chosen, CompiledIndicator indicator,
        string unitWord, Measurement share)
    {
        var counts = chosen
            .Where(c => c.Kind == ValueKind.Actual && c.Candidate.Indicator != indicator &&
                        c.Candidate.Indicator.Definition is { Unit: MeasureUnit.Count, UnitWordSuffices: true } &&
                        c.Candidate.Indicator.UnitWords.Contains(unitWord) && c.Candidate.First.Span.Start < share.Span.Start)
            .Select(c => c.Candidate)
            .ToList();
        if (counts.Select(c => c.Value).Distinct().Count() != 1)
        {
            return null;
        }

        var near = counts.Where(c => c.First.Sentence == share.Sentence || c.First.Sentence == share.Sentence - 1).ToList();
        return near.Count == 0 ? null : (near[0].Value, near[^1].First.Sentence);
    }

    // Whether the words after the unit word leave the thing whole: nothing, "này", "đó", "trên", "hiện có", a verb ("đã",
    // "được", "đều", "đang", "có", "cài"), or "của" and the issuer ("của đơn vị", "của cơ quan", or the one the count is
    // given of: "Văn phòng đang dùng 45 máy tính. Toàn bộ máy tính của Văn phòng đã …"). Not a part of it: "của Bộ phận Một
    // cửa", "tại các phòng", "ở trụ sở", "mới", "thuộc …" (any other word: a wrong count is worse than none).
    private static bool AllOfIt(DocumentView view, Measurement share, string unitWord, int countSentence)
    {
        var sentence = view.Sentences[share.Sentence];
        var end = Math.Min(sentence.End, share.Span.End + MaxNounChars);
        var cut = view.Folded.AsSpan(share.Span.End, end - share.Span.End).IndexOfAny(",;:(");
        var tokens = Tokens(view, share.Span.Start, cut < 0 ? end : share.Span.End + cut);
        var unit = unitWord.Split(' ');
        var at = Enumerable.Range(0, Math.Max(0, tokens.Count - unit.Length + 1))
            .FirstOrDefault(i => unit.Select((w, k) => tokens[i + k].Folded == w).All(x => x), -1);
        if (at < 0)
        {
            return false;
        }

        var rest = tokens.Skip(at + unit.Length).ToList();
        if (rest.Count == 0 || IsVerb(rest[0].Written) || FoldedWords.WrittenAs(rest[0].Written, "này", "nay") ||
            FoldedWords.WrittenAs(rest[0].Written, "đó", "do") || FoldedWords.WrittenAs(rest[0].Written, "trên", "tren") ||
            (rest.Count > 1 && FoldedWords.WrittenAs(rest[0].Written, "hiện", "hien") && FoldedWords.WrittenAs(rest[1].Written, "có", "co")))
        {
            return true;
        }

        if (!FoldedWords.WrittenAs(rest[0].Written, "của", "cua"))
        {
            return false;
        }

        var owner = string.Join(' ', rest.Skip(1).TakeWhile(t => !IsVerb(t.Written)).Select(t => t.Folded));
        if (owner is "don vi" or "co quan")
        {
            return true;
        }

        var given = view.Sentences[countSentence];
        return owner.Length > 0 && FoldedWords.Has(FoldedWords.Of(view.Folded.AsSpan(given.Start, given.Length)), owner);
    }

    private static readonly (string Marked, string Bare)[] Verbs = [("đã", "da"), ("được", "duoc"), ("đều", "deu"), ("đang", "dang"), ("có", "co"), ("cài", "cai")];

    private static bool IsVerb(string written) => Verbs.Any(v => FoldedWords.WrittenAs(written, v.Marked, v.Bare));

    // The words (runs of letters or digits) from start to end, as written and folded.
    private static List<(string Written, string Folded)> Tokens(DocumentView view, int start, int end)
    {
        var tokens = new List<(string, string)>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(view.Text[i]))
            {
                i++;
                continue;
            }

            var from = i;
            while (i < end && char.IsLetterOrDigit(view.Text[i]))
            {
                i++;
            }

            tokens.Add((view.Text[from..i], FoldedWords.Of(view.Folded.AsSpan(from, i - from))));
        }

        return tokens;
    }
}
