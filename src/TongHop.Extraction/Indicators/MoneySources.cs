using TongHop.Core.Indicators;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Money of two or more sources with no total stated: "gồm 45 triệu đồng từ ngân sách phường và 12 triệu đồng vận
/// động xã hội hóa", "ngân sách xã bố trí 850 triệu đồng; ngoài ra, tỉnh hỗ trợ 1,2 tỷ đồng". The amounts of one
/// statement add up where each is joined to the one before by "và" or "ngoài ra" (nothing else of money between) and
/// each names where it comes from (a budget, a source, support, social contributions), or where each stands on a list line
/// of its own ("- Ngân sách tỉnh: 900 triệu đồng;\n- Ngân sách xã: 350 triệu đồng."). A statement that weighs one
/// amount against another (plan and disbursement, an average, what is left) is no list of sources and adds nothing;
/// a stated total is <see cref="PartsStatementReader"/>'s (its parts are never candidates of their own).
/// </summary>
internal static class MoneySources
{
    /// <summary>Words that name where money comes from (also the rows of a table of sources: <see cref="Tables.TableCandidates"/>).</summary>
    internal static readonly string[] SourceWords = ["ngan sach", "nguon", "von", "ho tro", "xa hoi hoa", "tai tro", "doi ung"];

    private static readonly string[] Joiners = ["va", "ngoai ra", "cung voi"];

    // Words that set amounts against each other rather than list them.
    private static readonly string[] Contrast =
        ["giai ngan", "du toan", "ke hoach", "binh quan", "con lai", "moi", "so voi", "trong do", "tong", "tang", "giam"];

    // Between two amounts, a year or a part marker also sets them apart ("năm 2024 là …, năm 2025 là …").
    private static readonly string[] Apart = ["nam", "gom", "trong do"];

    public static IEnumerable<Candidate> Sum(DocumentView view, IEnumerable<Candidate> candidates)
    {
        var all = candidates as IReadOnlyCollection<Candidate> ?? [.. candidates];
        var groups = all
            .Where(c => c.Table is null && c.Kind is null && c.From.Count == 1 && !c.First.IsPart && c.Indicator.Definition.Unit == MeasureUnit.Vnd &&
                        c.Indicator.Definition.Aggregate == AggregateMethod.Sum && c.First.Measure == Measure.Money)
            .GroupBy(c => (c.Indicator, view.StatementStart(c.First.Sentence)));
        foreach (var group in groups)
        {
            var ordered = group.GroupBy(c => c.First).Select(g => g.MaxBy(c => c.Score)!).OrderBy(c => c.First.Span.Start).ToList();
            ordered = [.. ordered.Concat(LaterSources(view, all, ordered)).OrderBy(c => c.First.Span.Start)];
            if (ordered.Count < 2 || !AllMoneyOfStatement(view, ordered) || !(Listed(view, ordered) || ListedOneALine(view, ordered)))
            {
                continue;
            }

            yield return new Candidate(
                ordered[0].Indicator,
                [.. ordered.Select(c => c.First)],
                ordered.Sum(c => c.Value),
                ordered.Max(c => c.Score) + 0.5,
                "tổng các nguồn: " + string.Join(" + ", ordered.Select(c => VietnameseNumber.ToVietnamese(c.Value))),
                null,
                ordered.MaxBy(c => c.Score)!.Support);
        }
    }

    // "… là 865 triệu đồng từ nguồn ngân sách tỉnh; ngoài ra nhà trường chi 120 triệu đồng từ nguồn thu sự nghiệp": an amount
    // after the indicator's, in its statement, that no indicator reads (it has no budget word of its own) may be another
    // source of the same money; Listed decides (joined by "ngoài ra" or "và", naming its source).
    private static IEnumerable<Candidate> LaterSources(DocumentView view, IReadOnlyCollection<Candidate> all, List<Candidate> ordered)
    {
        var first = ordered[0];
        var statement = view.StatementStart(first.First.Sentence);
        for (var s = first.First.Sentence; s < view.Sentences.Count && view.StatementStart(s) == statement; s++)
        {
            foreach (var m in view.MeasurementsIn(s))
            {
                if (m.Measure == Measure.Money && !m.IsPart && m.Span.Start > first.First.Span.End && !view.IsChange(m) &&
                    !all.Any(c => c.From.Contains(m)))
                {
                    yield return first with { From = [m], Value = m.Value, Score = first.Score - 0.5, Reason = "nguồn tiếp theo" };
                }
            }
        }
    }

    // Every amount of money in the statement is one of the run: an amount the indicator did not take (a fee, a request)
    // leaves the list unclear.
    private static bool AllMoneyOfStatement(DocumentView view, List<Candidate> ordered)
    {
        var first = view.StatementStart(ordered[0].First.Sentence);
        var last = ordered[^1].First.Sentence;
        var money = 0;
        for (var s = first; s <= last; s++)
        {
            money += view.MeasurementsIn(s).Count(m => m.Measure == Measure.Money);
        }

        return money == ordered.Count;
    }

    // "Kinh phí đã chi:\n- Ngân sách tỉnh hỗ trợ: 900 triệu đồng;\n- Ngân sách xã: 350 triệu đồng.": amounts each on a list
    // line of its own, the lines one after the other, each naming its source before its amount and none setting amounts
    // against each other, are listed as surely as amounts joined by "và" (the list's lead line says what they are).
    private static bool ListedOneALine(DocumentView view, List<Candidate> ordered)
    {
        var text = view.Text;
        var previousLine = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i].First;
            var line = LineStart(text, m.Span.Start);
            if (!IsListMark(text, line) || (i > 0 && LineBefore(text, line) != previousLine))
            {
                return false;
            }

            var end = text.IndexOf('\n', m.Span.End) is >= 0 and var e ? e : text.Length;
            var before = FoldedWords.Of(view.Folded.AsSpan(line, m.Span.Start - line));
            var after = FoldedWords.Of(view.Folded.AsSpan(m.Span.End, end - m.Span.End));
            if (!FoldedWords.HasAny(before, SourceWords) || FoldedWords.HasAny(before, Contrast) || FoldedWords.HasAny(after, Contrast) ||
                FoldedWords.HasAny(before, Apart))
            {
                return false;
            }

            previousLine = line;
        }

        return true;
    }

    private static int LineStart(string text, int at) => at <= 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    // The start of the last line before the line at <paramref name="line"/> that is not blank (OCR leaves blank lines
    // between a list's lines).
    private static int LineBefore(string text, int line)
    {
        var start = line;
        do
        {
            start = LineStart(text, start - 1);
        }
        while (start > 0 && text.AsSpan(start, line - start).IsWhiteSpace());

        return start;
    }

    private static bool IsListMark(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at < text.Length && text[at] is '-' or '+' or '•' or '–' or '*';
    }

    private static bool Listed(DocumentView view, List<Candidate> ordered)
    {
        var folded = view.Folded;
        var statement = view.Sentences[view.StatementStart(ordered[0].First.Sentence)];
        var end = view.Sentences[ordered[^1].First.Sentence].End;
        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i].First;
            var from = i == 0 ? Math.Max(statement.Start, m.Span.Start - 60) : ordered[i - 1].First.Span.End;
            var to = i + 1 < ordered.Count ? ordered[i + 1].First.Span.Start : Math.Min(end, m.Span.End + 40);
            var before = FoldedWords.Of(folded.AsSpan(from, m.Span.Start - from));
            var after = FoldedWords.Of(folded.AsSpan(m.Span.End, to - m.Span.End));
            if (!(FoldedWords.HasAny(before, SourceWords) || FoldedWords.HasAny(after, SourceWords)) ||
                FoldedWords.HasAny(before, Contrast) || FoldedWords.HasAny(after, Contrast) ||
                (i + 1 < ordered.Count && FoldedWords.HasAny(after, Apart)) || (i > 0 && !FoldedWords.HasAny(before, Joiners)))
            {
                return false;
            }
        }

        return true;
    }
}
