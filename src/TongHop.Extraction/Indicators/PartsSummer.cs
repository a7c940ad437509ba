using TongHop.Core.Extraction;
using TongHop.Text.Normalization;
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
/// ("74 chứng thư, gồm 09 … và 63 …" is 74; the mismatch is a finding of the checks), and so is a total stated after
/// its parts ("95 chữ ký số …, cùng 12 chứng thư số …; tổng cộng 110 chứng thư" is 110, with a finding that 95 + 12
/// is not 110).
/// </summary>
internal static class PartsSummer
{
    private static readonly char[] OpeningSeparators = [' ', '\n', '('];

    /// <param name="unclear">Gets the counts of a run that a count of the same thing without its full noun interrupts
    /// ("9 máy tính; … 2 máy và … 3 máy tính"): neither one part nor the sum of the others is the value.</param>
    public static IEnumerable<Candidate> Sum(DocumentView view, IEnumerable<Candidate> candidates, List<Finding> findings, ISet<Candidate> unclear)
    {
        var result = new List<Candidate>();
        var all = candidates as IReadOnlyCollection<Candidate> ?? [.. candidates];
        var runs = all
            .Where(c => c.Table is null && c.Kind is null && c.Indicator.Definition.SumsParts && c.Support.UnitWord && !c.First.IsPart &&
                        c.From.Count == 1 && !ClaimedByAnother(all, c))
            .GroupBy(c => (c.Indicator.Definition.Key, LevelStatement(view, view.StatementStart(c.First.Sentence))))
            .SelectMany(g => Siblings(view, WithoutBracketedParts(view.Text, Apart(g))));
        foreach (var siblings in runs)
        {
            var run = siblings;
            if (TrailingTotal(view, run) is { } at)
            {
                result.Add(StatedTotal(view, run[..(at + 1)], findings));
                run = run[(at + 1)..];
            }

            var sums = SameThingAcrossClauses(view, run).Where(r => r.Count > 1 && !StatesOfOneStock(view, r)).ToList();
            foreach (var r in sums.Where(r => Interrupted(view, r)).ToList())
            {
                sums.Remove(r);
                unclear.UnionWith(candidates.Where(c => c.Indicator == r[0].Indicator && r.Any(p => p.First == c.First)));
                findings.Add(new Finding(PartsAcrossSections.UnclearCode, FindingSeverity.Warning,
                    "Các phần " + string.Join(", ", r.Select(c => VietnameseNumber.ToVietnamese(c.Value))) +
                    " xen với một số cùng loại viết tắt, không rõ tổng: để trống, người duyệt nhập tay.",
                    r[0].First.Span, r[0].Indicator.Definition.Key));
            }

            result.AddRange(sums
                .Select(r => new Candidate(
                    r[0].Indicator,
                    [.. r.Select(c => c.First)],
                    r.Sum(c => c.Value),
                    r.Max(c => c.Score) + 0.5,
                    "tổng các phần: " + string.Join(" + ", r.Select(c => VietnameseNumber.ToVietnamese(c.Value))),
                    null,
                    r.MaxBy(c => c.Score)!.Support)));
        }

        result.AddRange(SubUnitParts.Sum(view, all)); // the parts in sentences of their own, one a part of the unit
        return result;
    }

    // "đã cấp 45 chứng thư số; đang sử dụng 40 chứng thư số", "+ Đã cấp: 150 tài khoản; + Thường xuyên sử dụng: 120": the
    // same stock counted in two states (issued, in use, still valid, expired) is no pair of parts; the run adds nothing up.
    private static readonly string[] StateWords =
        ["dang su dung", "thuong xuyen su dung", "su dung thuong xuyen", "con hieu luc", "het han", "het hieu luc", "da kich hoat",
         "dang hoat dong", "da thu hoi"];

    // Parts in one state alike ("Văn phòng đang sử dụng 20 …; các trạm đang sử dụng 15 …") still add up: a state only
    // the later parts name, and the first part's clause does not, stops the sum.
    private static bool StatesOfOneStock(DocumentView view, List<Candidate> run)
    {
        var sentence = view.Sentences[run[0].First.Sentence];
        for (var i = 1; i < run.Count; i++)
        {
            if (NamesAnotherState(view, sentence.Start, run[0].First.Span.Start, run[i - 1].First.Span.End, run[i].First.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words between two counts [<paramref name="from"/>, <paramref name="to"/>) name a state of the
    /// stock (in use, still valid, expired) that the first count's clause [<paramref name="openingStart"/>,
    /// <paramref name="firstCount"/>) does not: the later count is the same stock in another state, no part.</summary>
    public static bool NamesAnotherState(DocumentView view, int openingStart, int firstCount, int from, int to)
    {
        var between = FoldedWords.Of(view.Folded.AsSpan(from, to - from));
        string? opening = null;
        foreach (var state in StateWords)
        {
            if (FoldedWords.Has(between, state) &&
                !FoldedWords.Has(opening ??= FoldedWords.Of(view.Folded.AsSpan(openingStart, firstCount - openingStart)), state))
            {
                return true;
            }
        }

        return false;
    }

    // One candidate a measurement (the best), in text order, none overlapping the one before: a value carried from the
    // clause before ("… được trang bị 45 máy tính; đến nay đã nhận đủ 45") has a kind of its own and is no sibling
    // (those are left out before), and two readings of one number are one part.
    private static List<Candidate> Apart(IEnumerable<Candidate> group)
    {
        var kept = new List<Candidate>();
        foreach (var c in group.GroupBy(c => c.First).Select(g => g.MaxBy(c => c.Score)!).OrderBy(c => c.First.Span.Start))
        {
            if (kept.Count == 0 || kept[^1].First.Span.End <= c.First.Span.Start)
            {
                kept.Add(c);
            }
        }

        return kept;
    }

    // "hiện có 642 máy tính …; đã có 598 máy tính được cài phần mềm phòng, chống mã độc": a count that another indicator
    // reads better (the computers with antivirus) is that indicator's, not a part of this one's whole.
    internal static bool ClaimedByAnother(IReadOnlyCollection<Candidate> all, Candidate c)
    {
        foreach (var o in all)
        {
            if (o.Indicator != c.Indicator && o.Score > c.Score && o.From.Count == 1 && o.First == c.First)
            {
                return true;
            }
        }

        return false;
    }

    // "9 máy tính; điểm trường A có 2 máy và điểm trường B có 3 máy tính": a count between the parts whose noun is
    // only the head of theirs ("máy" of "máy tính") counts the same thing by a shorter name, so the run's sum leaves it
    // out. A count of a thing of its own ("2 máy in") is no part.
    private static bool Interrupted(DocumentView view, List<Candidate> run)
    {
        var noun = run[0].First.OcrNounKey;
        var space = noun.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var head = noun[..space];
        var (from, to) = (run[0].First.Span.Start, run[^1].First.Span.End);
        for (var s = run[0].First.Sentence; s <= run[^1].First.Sentence; s++)
        {
            foreach (var m in view.MeasurementsIn(s))
            {
                if (m.Span.Start > from && m.Span.End < to && m.Measure == Measure.Number && m.OcrNounKey == head && !run.Any(c => c.First == m))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The first count of the run whose clause opens with a total word ("…; tổng cộng 110 chứng thư"), with counts
    // before it: its index. "61 tổ … với tổng cộng 244 thành viên" totals its own clause's teams, not the counts before.
    private static int? TrailingTotal(DocumentView view, List<Candidate> run)
    {
        for (var i = 1; i < run.Count; i++)
        {
            var between = view.Folded[run[i - 1].First.Span.End..run[i].First.Span.Start];
            var clause = between.AsSpan().LastIndexOfAny(",;:");
            if (clause < 0)
            {
                continue;
            }

            var opening = string.Join(' ', between[(clause + 1)..].Split(OpeningSeparators, StringSplitOptions.RemoveEmptyEntries));
            if (TotalWords.ClauseOpenings.Contains(opening) || OpensATotal(view, run[i - 1].First, run[i].First, opening))
            {
                return i;
            }
        }

        return null;
    }

    // "…, toàn phường có 144 thành viên", "…, nâng tổng số máy tính của Bệnh viện lên 366 máy", "…; tổng số máy tính là 366":
    // a clause that opens by speaking of the whole unit ("toàn" + the unit), raises its total to a figure or opens with a
    // total word states the total of the counts before it. Only where no other number stands between the last part and
    // it: in "13 thành viên; … 34 Tổ … ở thôn, tổ dân phố với tổng số 152 thành viên" the 152 totals its own clause's teams.
    // A change between them restates what was added and counts nothing else ("được đầu tư 12 máy tính mới, tăng 12 máy so
    // với năm 2024, nâng tổng số máy tính lên 86 máy"), nor does the year of a comparison.
    private static bool OpensATotal(DocumentView view, Measurement last, Measurement total, string opening)
    {
        if (OtherNumberBetween(view, last, total))
        {
            return false;
        }

        var words = FoldedWords.Of(opening);
        return WholeUnitWords.Opens(words) ||
               FoldedWords.StartsWith(words, "tong so") || FoldedWords.StartsWith(words, "tong cong") ||
               (FoldedWords.StartsWith(words, "nang") && words.EndsWith(" len", StringComparison.Ordinal));
    }

    private static bool OtherNumberBetween(DocumentView view, Measurement last, Measurement total)
    {
        var (from, to) = (last.Span.End, total.Span.Start);
        var changes = new List<(int Start, int End)>();
        for (var s = last.Sentence; s <= total.Sentence; s++)
        {
            foreach (var m in view.MeasurementsIn(s))
            {
                if (m.Span.Start >= from && m.Span.End <= to && view.IsChange(m))
                {
                    changes.Add((m.Span.Start, m.Span.End));
                }
            }
        }

        var folded = view.Folded;
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiDigit(folded[i]) || changes.Any(c => i >= c.Start && i < c.End))
            {
                continue;
            }

            // "so với năm 2024": the year of a comparison.
            var start = i;
            while (i < to && char.IsAsciiDigit(folded[i]))
            {
                i++;
            }

            if (!(i - start == 4 && folded.AsSpan(0, start).TrimEnd(' ').EndsWith("voi nam", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // "04 đường truyền Internet (02 đường truyền của VNPT, 01 của Viettel, 01 của FPT)": counts in a bracket opened
    // right after a count are its breakdown, not siblings of it ("cấp xã (9 thành viên) và 6 tổ … (30 thành viên)"
    // closes the first bracket and names another count before the second, so those still add up).
    private static List<Candidate> WithoutBracketedParts(string text, List<Candidate> ordered)
    {
        var kept = new List<Candidate>();
        foreach (var c in ordered)
        {
            var open = text.LastIndexOf('(', Math.Max(0, c.First.Span.Start - 1));
            var isPart = open >= 0 && text.IndexOf(')', open, c.First.Span.Start - open) < 0 &&
                         ordered.Any(p => p.First.Span.End <= open && !HasDigitOrClose(text, p.First.Span.End, open) &&
                                          ordered.All(o => o == p || o.First.Span.Start < p.First.Span.Start || o.First.Span.Start > open));
            if (!isPart)
            {
                kept.Add(c);
            }
        }

        return kept;
    }

    private static bool HasDigitOrClose(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsAsciiDigit(text[i]) || text[i] == ')')
            {
                return true;
            }
        }

        return false;
    }

    // A total stated after its parts wins over them (a wrong value is worse than none); when they do not add up, a finding.
    private static Candidate StatedTotal(DocumentView view, List<Candidate> run, List<Finding> findings)
    {
        var total = run[^1];
        var parts = run[..^1];
        var sum = parts.Sum(c => c.Value);
        if (parts.Count > 1 && sum != total.Value)
        {
            var listed = string.Join(" + ", parts.Select(c => VietnameseNumber.ToVietnamese(c.Value)));
            findings.Add(new Finding("parts-sum-mismatch", FindingSeverity.Warning,
                $"Các phần {listed} = {VietnameseNumber.ToVietnamese(sum)}, khác với tổng {VietnameseNumber.ToVietnamese(total.Value)} đã nêu.",
                total.First.Span, total.Indicator.Definition.Key));
        }

        return new Candidate(total.Indicator, [total.First, .. parts.Select(c => c.First)], total.Value, run.Max(c => c.Score) + 0.5,
            "tổng đã nêu sau các phần", null, run.MaxBy(c => c.Score)!.Support);
    }

    // The commune's own team, then the villages' teams in the next sentence ("Tổ … cấp xã có 9 thành viên. Ở thôn,
    // bản, 19 tổ … với 95 thành viên"): the two levels are parts of one whole, as if joined by ";". A sentence that
    // names the village level right after one that names the commune level belongs to the commune's statement
    // ("bản" and "ấp" are also other words, "Ủy ban", so they only count where the next sentence opens with them).
    internal static readonly string[] CommuneLevel = ["cap xa", "cap phuong", "cap dac khu", "cua xa", "cua phuong", "cua dac khu"];
    private static readonly string[] VillageLevel = ["thon", "ban", "to dan pho", "khu pho", "ap", "khu dan cu", "xom", "cap thon"];

    private static int LevelStatement(DocumentView view, int statement)
    {
        if (statement == 0 || view.IsTableRow(statement) || view.IsTableRow(statement - 1))
        {
            return statement;
        }

        var before = view.Sentences[statement - 1];
        var here = view.Sentences[statement];
        var previous = FoldedWords.Of(view.Folded.AsSpan(before.Start, before.End - before.Start));
        var opening = FoldedWords.Of(view.Folded.AsSpan(here.Start, Math.Min(here.End, here.Start + 40) - here.Start));
        return FoldedWords.HasAny(previous, CommuneLevel) &&
               !VillageLevel.Any(w => w is not ("ban" or "ap") && FoldedWords.Has(previous, w)) &&
               FoldedWords.HasAny(opening, VillageLevel)
            ? view.StatementStart(statement - 1)
            : statement;
    }

    // Splits a statement's counts into runs of siblings: a "trong đó" between two counts starts a new run, and so does a
    // count of the whole as it is now after a stated total of it.
    private static IEnumerable<List<Candidate>> Siblings(DocumentView view, List<Candidate> ordered)
    {
        var run = new List<Candidate>();
        foreach (var c in ordered)
        {
            if (run.Count > 0 && (PartsStatementReader.HasMarker(view.Text, run[^1].First.Span.End, c.First.Span.Start) ||
                                  TotalThenNow(view.Folded, run[^1], c)))
            {
                yield return run;
                run = [];
            }

            run.Add(c);
        }

        yield return run;
    }

    // "Tổng biên chế được giao là 436 người, hiện có 421 công chức": a count led by a total word in its clause, then a
    // clause that opens with what there is now ("hiện có", "thực tế") are two figures of one whole, not parts to add up.
    private static readonly string[] NowWords = ["hien co", "hien nay", "thuc te", "thuc co"];

    private static bool TotalThenNow(string folded, Candidate total, Candidate now)
    {
        var start = total.First.Span.Start;
        var clause = folded.LastIndexOfAny([',', ';', ':', '.', '('], Math.Max(0, start - 1)) + 1; // a wrapped line is no clause break
        var lead = FoldedWords.Of(folded.AsSpan(clause, start - clause));
        if (!FoldedWords.HasAny(lead, TotalWords.Total))
        {
            return false;
        }

        var between = folded[total.First.Span.End..now.First.Span.Start];
        var cut = between.LastIndexOfAny([',', ';']);
        if (cut < 0)
        {
            return false;
        }

        var opening = FoldedWords.Of(between.AsSpan(cut + 1));
        return NowWords.Any(w => FoldedWords.StartsWith(opening, w));
    }

    // Within one sentence any unit words of the indicator add up ("05 chứng thư số … 33 SIM PKI"); across clauses
    // only counts of the same noun do ("13 thành viên; … 152 thành viên", not "15 thành viên; … 1.200 người dân").
    private static IEnumerable<List<Candidate>> SameThingAcrossClauses(DocumentView view, List<Candidate> run)
    {
        if (run.Select(c => c.First.Sentence).Distinct().Count() <= 1)
        {
            return [run];
        }

        var context = new NumberContext(view);
        return run.GroupBy(c => FirstWords(CountedNoun(context, c))).Select(g => g.ToList());
    }

    // "41 thẩm phán, thư ký được cấp chứng thư số cá nhân; đơn vị có 01 chứng thư số của cơ quan": a count of people
    // given the thing counts what they were given (certificates), so it adds up with a count of that thing.
    private static string CountedNoun(NumberContext context, Candidate c)
    {
        var noun = c.First.OcrNounKey;
        if (c.Indicator.UnitWordLeads(noun))
        {
            return noun;
        }

        var granted = context.GrantedNoun(c.First);
        return granted.Length > 0 && c.Indicator.UnitWordLeads(granted) ? granted : noun;
    }

    private static string FirstWords(string noun) => string.Join(' ', noun.Split(' ').Take(2));
}
