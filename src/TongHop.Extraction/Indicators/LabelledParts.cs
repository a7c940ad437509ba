using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Parts listed after a label that names what they count, with no total: "Chữ ký số: 1 của cơ quan, 9 của cá nhân" is
/// 10, "Chứng thư số: cơ quan 01, cá nhân lãnh đạo và kế toán 7" is 8, "Máy tính: Hội sở tỉnh 92 máy; các Phòng giao dịch
/// 264 máy" is 356. The label before the colon names an indicator whose parts add up; every number after the colon in
/// its statement (the clauses joined by ";") is a whole count whose own noun is none, "của …" (whose it is), one of the
/// indicator's unit words, or the head of one ("máy" of "máy tính"); there are two or more, and no total word stands
/// among them ("tổng", "trong đó", "gồm"). A list with a count of anything else ("5 máy in") or a percent is left to the
/// other rules: which numbers are parts the text does not say.
/// </summary>
internal static class LabelledParts
{
    public static List<Candidate> Sum(DocumentView view, IReadOnlyList<Candidate> candidates)
    {
        var result = new List<Candidate>();
        var done = new HashSet<(int, string)>();
        foreach (var first in candidates)
        {
            var d = first.Indicator.Definition;
            if (first.Table is not null || first.Kind is not null || first.From.Count != 1 || !d.SumsParts ||
                d.Unit is not (MeasureUnit.Count or MeasureUnit.People) || !first.First.IsWholeCount)
            {
                continue;
            }

            var statement = view.StatementStart(first.First.Sentence);
            if (done.Contains((statement, d.Key)) || List(view, statement, first, candidates) is not { Count: > 1 } parts)
            {
                continue;
            }

            done.Add((statement, d.Key));

            var score = candidates.Where(c => c.Indicator == first.Indicator && parts.Contains(c.First)).Max(c => c.Score) + 0.5;
            result.Add(new Candidate(first.Indicator, parts, parts.Sum(p => p.Value), score,
                "tổng các phần sau nhãn: " + string.Join(" + ", parts.Select(p => VietnameseNumber.ToVietnamese(p.Value))),
                null, first.Support with { UnitWord = true }));
        }

        return result;
    }

    // The counts after the label's colon in the statement that opens at <paramref name="statement"/>, or null when they are
    // no such list.
    private static List<Measurement>? List(DocumentView view, int statement, Candidate first, IReadOnlyList<Candidate> candidates)
    {
        var opening = view.Sentences[statement];
        var colon = view.Text.IndexOf(':', opening.Start, opening.End - opening.Start);
        if (colon < 0 || colon > first.First.Span.Start || view.IsTableRow(statement))
        {
            return null;
        }

        var label = view.Text.AsSpan(opening.Start, colon - opening.Start);
        if ((label.IndexOfAnyInRange('0', '9') >= 0 && !IsItemNumber(label)) || HasTotalWord(view, opening.Start, colon))
        {
            return null; // "Tổng số cán bộ: 612 người (giảm 37 người …)": a total, no list of parts
        }

        // "Máy tính: Hội sở: 92 máy; Phòng giao dịch: 264 máy": the parts carry labels of their own (a second colon before
        // the first count), so a later label names a part, not another thing, unless it names a thing counted.
        var partsLabelled = view.Text.IndexOf(':', colon + 1, first.First.Span.Start - colon - 1) >= 0;
        var parts = new List<Measurement>();
        for (var s = statement;
             s < view.Sentences.Count && view.StatementStart(s) == statement && !HasALabelOfItsOwn(view, s, statement, first, partsLabelled, candidates);
             s++)
        {
            if (s != statement && OfAnotherYear(view, s))
            {
                break; // "Chứng thư số: … 01 …, … 09 …; năm 2024 mới có 04 chứng thư": an earlier state, no part
            }

            foreach (var m in view.MeasurementsIn(s))
            {
                if (m.Span.Start < colon)
                {
                    continue;
                }

                if (!m.IsWholeCount || m.Measure != Measure.Number || view.IsChange(m) || !NamesNothingElse(first, m.OcrNounKey))
                {
                    return null;
                }

                // A total word before the count ("tổng số 20 đường (Hội sở 2, …)"), or the count in brackets (the breakdown
                // of a count before it): no list of parts.
                var from = parts.Count > 0 ? parts[^1].Span.End : colon + 1;
                if (HasTotalWord(view, from, m.Span.Start) || InBrackets(view.Folded, colon, m.Span.Start) ||
                    (parts.Count > 0 && PartsSummer.NamesAnotherState(view, colon + 1, parts[0].Span.Start, from, m.Span.Start)))
                {
                    return null; // "Chữ ký số: đã cấp 45 …; đang sử dụng 40 …": one stock in two states, no parts
                }

                parts.Add(m);
            }
        }

        return parts.Count > 0 && parts[0] == first.First ? parts : null;
    }

    // A later clause of the statement that names a year other than the report's ("…; cuối năm 2024 chỉ có 06") tells the
    // stock at another time: the list of parts ends before it.
    private static bool OfAnotherYear(DocumentView view, int sentence)
    {
        var span = view.Sentences[sentence];
        return view.ReportYear is { } report && Years.LastBefore(view.Folded, span.Start, span.End) is { } stated && stated.Year != report;
    }

    // "(i) máy vi tính: 25 bộ; (ii) máy in: 6 bộ": a later clause with a label and colon of its own lists another thing.
    // Where the parts carry labels of their own ("Hội sở: 92 máy; Phòng giao dịch: 264 máy"), only a later label that
    // names a thing ends the list: a unit word of an indicator ("máy tính xách tay"), or a noun that opens with the head of
    // one of this indicator's ("máy in" under "Máy tính").
    private static bool HasALabelOfItsOwn(DocumentView view, int sentence, int statement, Candidate first, bool partsLabelled,
                                          IReadOnlyList<Candidate> candidates)
    {
        if (sentence == statement)
        {
            return false;
        }

        var span = view.Sentences[sentence];
        var colon = view.Text.IndexOf(':', span.Start, span.End - span.Start);
        if (colon < 0 || !view.MeasurementsIn(sentence).Any(m => m.Span.Start > colon))
        {
            return false;
        }

        var label = OcrFold.Phrase(FoldedWords.Of(view.Folded.AsSpan(span.Start, colon - span.Start)));
        if (NamesAHolderOfIt(first, label))
        {
            return false;
        }

        if (!partsLabelled)
        {
            return true;
        }

        var space = label.IndexOf(' ');
        var head = space < 0 ? label : label[..space];
        return candidates.Select(c => c.Indicator).Distinct().Any(i => i.UnitWords.Any(w => FoldedWords.Has(label, w))) ||
               first.Indicator.UnitWords.Any(w => FoldedWords.StartsWith(w, head));
    }

    // A total word between from and to. "cộng" (plus) folds like "công" (public: "thư điện tử công vụ", "Cổng dịch vụ
    // công"), so that one counts only as written "cộng", or bare "cong" where the text has no marks (English OCR as read).
    private static bool HasTotalWord(DocumentView view, int from, int to)
    {
        if (FoldedWords.HasAny(FoldedWords.Of(view.Folded.AsSpan(from, to - from)), TotalWords.TotalOrBreakdown))
        {
            return true;
        }

        var folded = view.Folded.AsSpan(from, to - from);
        for (var at = folded.IndexOf("cong", StringComparison.Ordinal); at >= 0;)
        {
            var end = at + 4;
            if ((at == 0 || !char.IsLetter(folded[at - 1])) && (end == folded.Length || !char.IsLetter(folded[end])) &&
                FoldedWords.WrittenAs(view.Text.AsSpan(from + at, 4), "cộng", "cong"))
            {
                return true;
            }

            var next = folded[end..].IndexOf("cong", StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    // "Chứng thư số: đã cấp 58 chứng thư số cá nhân; chứng thư số của tổ chức: 01": a later label that is the list's own
    // thing with only whose it is ("của …", "cá nhân", "tổ chức", "cơ quan") names another part of it, not another thing.
    private static readonly string[] Holders = ["ca nhan", "to chuc", "co quan", "don vi"];

    private static bool NamesAHolderOfIt(Candidate first, string label)
    {
        foreach (var w in first.Indicator.UnitWords)
        {
            if (!FoldedWords.StartsWith(label, w))
            {
                continue;
            }

            var rest = label[w.Length..].Trim();
            // "của tổ chức", not "của cán bộ đã nghỉ hưu" (a narrowing group, no holder of the list's own).
            if (Holders.Contains(rest) || (rest.StartsWith("cua ", StringComparison.Ordinal) && Holders.Contains(rest[4..])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InBrackets(string folded, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            depth += folded[i] == '(' ? 1 : folded[i] == ')' ? -1 : 0;
        }

        return depth > 0;
    }

    // "a. Máy tính", "3.2. Chữ ký số": the label's digits are its item number only.
    private static bool IsItemNumber(ReadOnlySpan<char> label)
    {
        var i = 0;
        while (i < label.Length && (char.IsAsciiDigit(label[i]) || label[i] is '.' or ' ' or ')' or '-'))
        {
            i++;
        }

        return label[i..].IndexOfAnyInRange('0', '9') < 0;
    }

    private static bool NamesNothingElse(Candidate first, string noun)
    {
        if (noun.Length == 0 || noun == "cua" || noun.StartsWith("cua ", StringComparison.Ordinal) || first.Indicator.UnitWordLeads(noun))
        {
            return true;
        }

        // "92 máy" under "Máy tính": the head of a unit word of two words or more.
        var space = noun.IndexOf(' ');
        var head = space < 0 ? noun : noun[..space];
        return space < 0 && first.Indicator.UnitWords.Any(w => w.StartsWith(head + " ", StringComparison.Ordinal));
    }
}
