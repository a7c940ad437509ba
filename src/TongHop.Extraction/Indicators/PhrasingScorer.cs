using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;
using TongHop.Text.Places;

namespace TongHop.Extraction.Indicators;

/// <summary>How well a phrasing supports a measurement: its score and what it is made of.</summary>
/// <param name="Distance">Penalty points of the nearest term (characters, brackets, numbers, clause breaks between).</param>
/// <param name="Spread">Penalty points of the farthest term beyond the nearest: a phrasing whose every term is near
/// the number says more than one with a term near and another far off.</param>
/// <param name="ContextBack">How many sentences back a "~" term had to be looked for (0: all in the sentence).</param>
internal readonly record struct PhrasingMatch(double Score, string Reason, double Distance, double Spread, int ContextBack, int Words);

/// <summary>
/// How well an indicator's best phrasing supports one measurement. A phrasing holds when all its terms
/// occur (in the sentence, or for "~" terms in the sentences before). Its score grows with its length
/// and falls with the distance from the number to its nearest term and, by half, to its farthest, with terms
/// only found in earlier sentences, with a bracket between term and number, with another number between them
/// (the term then belongs to that nearer number), and with a clause break (",", ";", ":") between the number and
/// a term after it. A term past a clause break after the number, with another number (not a change) after it, is that
/// number's label: "… đúng hạn đạt 99,8%, tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 64%" names the 64%,
/// not the 99,8%, while "100% cán bộ, chiến sĩ … được bồi dưỡng kỹ năng số" names its 100%. A term with a clause
/// break and a rival number between it and the number is the rival's ("X đạt 85%, Y đạt 90%").
/// </summary>
internal readonly struct PhrasingScorer(DocumentView view, Measurement m)
{
    private const double CharsPerPoint = 45;
    private const double ClauseBreak = 1.0;

    public PhrasingMatch? Best(CompiledIndicator indicator)
    {
        PhrasingMatch? best = null;
        // Whether the number's clause says only "tỷ lệ" is the measurement's own question: asked once, not per phrasing.
        // A percent with its fraction in brackets ("96,7% (1.015/1.050 văn bản)") is read as one ratio: a rate too.
        var anaphoric = (m.Measure == Text.Numbers.Measure.Percent || (m.Measure == Text.Numbers.Measure.Fraction && m.Sources.Count == 2)) &&
                        NamesTheRateBefore();
        foreach (var phrasing in indicator.Phrasings)
        {
            if (Score(phrasing, indicator, anaphoric) is { } match && (best is null || match.Score > best.Value.Score))
            {
                best = match;
            }
        }

        return best;
    }

    private PhrasingMatch? Score(CompiledPhrasing phrasing, CompiledIndicator indicator, bool anaphoric)
    {
        var sentence = view.Terms[m.Sentence];
        double? nearest = null;
        double farthest = 0;
        var contextBack = 0;
        for (var t = 0; t < phrasing.Terms.Length; t++)
        {
            var id = phrasing.Terms[t];
            if (sentence.Has(id) && Distance(sentence.Hits(id), indicator) is { } distance)
            {
                nearest = nearest is null ? distance : Math.Min(nearest.Value, distance);
                farthest = Math.Max(farthest, distance);
            }
            else if (InLeadIn(id))
            {
                nearest = nearest is null ? LeadInPoints : Math.Min(nearest.Value, LeadInPoints);
                farthest = Math.Max(farthest, LeadInPoints);
            }
            else
            {
                var back = phrasing.InContext[t] || anaphoric ? SentencesBack(id) : 0;
                if (back == 0)
                {
                    return null;
                }

                contextBack = Math.Max(contextBack, back);
            }
        }

        if (nearest is null && anaphoric && contextBack > 0)
        {
            nearest = LeadInPoints; // every term in the sentence before: as far as a list's label
        }

        if (nearest is not { } near)
        {
            return null;
        }

        var spread = farthest - near;
        var score = 2 + (0.35 * phrasing.Source.WordCount) - near - (0.5 * spread) - (0.4 * contextBack);
        return new PhrasingMatch(score, phrasing.Reason, near, spread, contextBack, phrasing.Source.WordCount);
    }

    // Penalty points of a term in the label of a list ("Chi trả trợ cấp không dùng tiền mặt: người có công 100%; đối
    // tượng bảo trợ xã hội 612/655 người"): as far as a term past a clause break.
    private const double LeadInPoints = 1.5;

    // "… đã hoàn thành bồi dưỡng kỹ năng số cơ bản là 30 người. Tính trên tổng số cán bộ hiện có, tỷ lệ này đạt 83,3%",
    // "…; tỷ lệ 87%": a percent whose clause says only "tỷ lệ" (with "này", "đạt", "là") names nothing itself; what it
    // is the rate of was said in the sentence before, so its terms may be found there as a "~" term would.
    private bool NamesTheRateBefore()
    {
        var sentence = view.Sentences[m.Sentence];
        var before = view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var clause = before[(before.LastIndexOfAny(",;:") + 1)..];

        // "…; tỷ lệ này của Trung tâm là 96,7%": whose rate it is names nothing of what it is a rate of.
        Span<char> longer = stackalloc char[96];
        // Whose: the unit itself in a word or two ("của Trung tâm", "của đơn vị"), never another period ("của cùng kỳ năm
        // trước"), a year or a place ("của xã Tân Lập"), whose rate is another figure.
        if (FoldedWords.TryWrite(clause, longer, out var all) && longer[..all] is var words &&
            (words.StartsWith("ty le nay cua ") || words.StartsWith("ti le nay cua ")) &&
            (words.EndsWith(" la") || words.EndsWith(" dat")))
        {
            var whose = words["ty le nay cua ".Length..words.LastIndexOf(' ')];
            return whose.Count(' ') <= 1 && !whose.ContainsAnyInRange('0', '9') && !PeriodNames.MentionsEarlier(whose) &&
                   !FoldedWords.StartsWith(whose.ToString(), "nam") && !UnitLevels.TryRead(whose.ToString(), out _, out _);
        }

        // The clause's words are compared in a small buffer: a clause whose words do not fit is none of these.
        Span<char> buffer = stackalloc char[16];
        return FoldedWords.TryWrite(clause, buffer, out var length) &&
               buffer[..length] is "ty le" or "ty le nay" or "ty le dat" or "ty le la" or "ty le nay dat" or "ty le nay la" or "ti le" or
                   "ti le nay" or "ti le dat" or "ti le nay dat";
    }

    // Whether the term is in the label before the colon that opens the list of clauses joined by ";" this number's
    // clause belongs to, and not in its own clause: the label names every item of the list, not only the first.
    private bool InLeadIn(int id)
    {
        var first = view.StatementStart(m.Sentence);
        if (first == m.Sentence)
        {
            return false;
        }

        var opening = view.Sentences[first];
        var colon = view.Text.IndexOf(':', opening.Start, opening.End - opening.Start);
        return colon >= 0 && view.Terms[first].HasBefore(id, colon);
    }

    // Penalty points for the nearest occurrence: distance in characters, brackets, numbers and clause breaks in between.
    // Null when no occurrence can be this number's label.
    private double? Distance(IReadOnlyList<TermHit> hits, CompiledIndicator indicator)
    {
        double? best = null;
        for (var i = 0; i < hits.Count; i++) // an index, not foreach: no enumerator boxed per term and number
        {
            var hit = hits[i];
            var after = hit.End > m.Span.Start;
            var (from, to) = !after ? (hit.End, m.Span.Start) : (m.Span.End, Math.Max(m.Span.End, hit.Start));
            if (NounCovers(hit))
            {
                return 0;
            }

            var numberBetween = HasNumber(from, to);
            var clauseBreak = HasClauseBreak(from, to) && !(after && !HasClauseBreak(Math.Min(NounListEnd(), to), to));
            if (clauseBreak && HasRival(from, to, indicator) && !(!after && SharedHead(hit.End, from, to)))
            {
                continue; // "X đạt 85%, Y đạt 90%": X is the 85%'s, not the 90%'s
            }

            if (after && clauseBreak && NumberFollows(hit.End))
            {
                continue; // "… đạt 97,1%, tỷ lệ người dân … trực tuyến đạt 58%": the later number's label
            }

            var points = Math.Min((to - from) / CharsPerPoint, 2.5) + (HasBracket(from, to) ? 0.7 : 0) + (numberBetween ? 1.0 : 0) +
                         (after && clauseBreak ? ClauseBreak : 0);
            best = best is null ? points : Math.Min(best.Value, points);
        }

        return best;
    }

    // A label right after a bare number ("60 máy in") is read as its noun; a term inside the noun is adjacent. So is a
    // term in the list of nouns the number counts: "312 viên chức, người lao động", "54 cán bộ, công chức và người lao
    // động" (short items joined by ", " or " và ", nothing else between).
    private bool NounCovers(TermHit hit) =>
        hit.Start >= m.Span.End && (hit.End <= m.Span.End + m.Noun.Length + 2 || InNounList(NounEnd(), hit.Start));

    private int NounEnd()
    {
        var i = m.Span.End;
        while (i < view.Text.Length && view.Text[i] == ' ')
        {
            i++;
        }

        return view.Text.AsSpan(i).StartsWith(m.Noun, StringComparison.Ordinal) ? i + m.Noun.Length : m.Span.End + m.Noun.Length + 1;
    }

    private const int MaxListItemWords = 3;

    // "2.340 lượt hội viên, đoàn viên và người dân tham gia học tập …": the commas of the list of short nouns a count
    // counts are no clause break between the count and a term after the list. Where that list ends (after its last
    // ", " or " và " that joins a short noun), or the number's end where it counts no list ("97 máy tính, đảm bảo …").
    private int NounListEnd()
    {
        if (m.Measure != Text.Numbers.Measure.Number || m.Noun.Length == 0)
        {
            return m.Span.End;
        }

        var text = view.Text;
        var at = Math.Min(NounEnd(), text.Length);
        var end = at;
        for (var items = 0; items < 8 && at < text.Length; items++)
        {
            var rest = text.AsSpan(at);
            var separator = rest.StartsWith(", ", StringComparison.Ordinal) ? 2 : rest.StartsWith(" và ", StringComparison.Ordinal) ? 4 : 0;
            if (separator == 0)
            {
                return end;
            }

            var itemStart = at + separator;
            var next = NextListSeparator(itemStart);
            if (next < 0)
            {
                // The last item: after " và " it still belongs to the list; after ", " the comma is a clause break.
                return separator == 4 ? itemStart : end;
            }

            end = next;
            at = next;
        }

        return end;
    }

    // Where the short noun item starting at <paramref name="start"/> ends at a ", " or " và ", or -1 (a long item, or
    // one with a digit or other punctuation: no noun of a list).
    private int NextListSeparator(int start)
    {
        var words = 1;
        for (var i = start; i < view.Text.Length && i - start <= 40; i++)
        {
            var c = view.Text[i];
            if (c == ',')
            {
                return i + 1 < view.Text.Length && view.Text[i + 1] == ' ' && i > start ? i : -1;
            }

            if (c == ' ')
            {
                if (view.Text.AsSpan(i).StartsWith(" và ", StringComparison.Ordinal) && i > start)
                {
                    return i;
                }

                if (++words > MaxListItemWords)
                {
                    return -1;
                }
            }
            else if (!char.IsLetter(c))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool InNounList(int nounEnd, int termStart)
    {
        // Only a whole count: "1.312/1.486 viên chức, người lao động đã …" counts some of them, not the list.
        if (m.Measure != Text.Numbers.Measure.Number || m.Noun.Length == 0 || termStart <= nounEnd || termStart - nounEnd > 60)
        {
            return false;
        }

        var between = view.Text.AsSpan(nounEnd, termStart - nounEnd).ToString();
        if (!(between.EndsWith(", ", StringComparison.Ordinal) || between.EndsWith(" và ", StringComparison.Ordinal)) ||
            between.IndexOfAny([';', ':', '(', ')', '.', '\n']) >= 0 || between.Any(char.IsAsciiDigit))
        {
            return false;
        }

        // Every item between is a short noun: "cán bộ, công chức và " before "người lao động".
        foreach (var item in between.Replace(" và ", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (item.Split(' ').Length > MaxListItemWords)
            {
                return false;
            }
        }

        return true;
    }

    // Words that open the parallel clauses of one head: "chi trả không dùng tiền mặt cho A đạt 100%, cho B đạt 94,5%".
    private static readonly string[] ParallelOpeners = ["cho ", "doi voi ", "tai ", "o "];

    // Whether the term is a head that the clauses after it share: the term is followed by an opener ("cho") and the
    // number's own clause, after the last break between them, opens with the same word. Then the term names every
    // clause's number, not only the first ("… cho người có công đạt 100%, cho đối tượng bảo trợ xã hội đạt 94,5%").
    private bool SharedHead(int termEnd, int from, int to)
    {
        var folded = view.Folded.AsSpan();
        var head = folded[termEnd..to].TrimStart(' ');
        var lastBreak = folded[from..to].LastIndexOfAny(',', ';');
        if (lastBreak < 0)
        {
            return false;
        }

        var clause = folded[(from + lastBreak + 1)..to].TrimStart(' ');
        if (YearClauses(folded[termEnd..(from + lastBreak)], clause))
        {
            return true;
        }

        foreach (var opener in ParallelOpeners)
        {
            if (head.StartsWith(opener, StringComparison.Ordinal) && clause.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Số cuộc họp trực tuyến năm 2024 là 17, năm 2025 đạt 26", "Số tin, bài … của Bảo tàng năm 2024 là 164, năm 2025 đạt
    // 212": the number's clause opens with "năm" and a year, and the clause before it, after the term, names another year:
    // the years' figures are set side by side under one head, which names each of them (which year is the report's is
    // for the year rules to say). A clause of the same year, or one without a year, is no such series.
    private static bool YearClauses(ReadOnlySpan<char> earlier, ReadOnlySpan<char> clause)
    {
        if (YearAt(clause, 0) is not { } year)
        {
            return false;
        }

        for (var at = earlier.IndexOf("nam ", StringComparison.Ordinal); at >= 0;)
        {
            if ((at == 0 || !char.IsLetter(earlier[at - 1])) && YearAt(earlier, at) is { } other && other != year)
            {
                return true;
            }

            var next = earlier[(at + 4)..].IndexOf("nam ", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 4 + next;
        }

        return false;
    }

    // The year of "nam YYYY" at <paramref name="at"/> in folded text, or null.
    private static int? YearAt(ReadOnlySpan<char> folded, int at) =>
        folded[at..].StartsWith("nam ", StringComparison.Ordinal) && folded.Length >= at + 8 &&
        CalendarYear.TryParse(folded.Slice(at + 4, 4), out var year) && (folded.Length == at + 8 || !char.IsAsciiDigit(folded[at + 8]))
            ? year
            : null;

    private bool HasBracket(int from, int to) => view.Text.AsSpan(from, to - from).IndexOfAny('(', ')') >= 0;

    // A full stop inside a number ("1.742") is no break.
    private bool HasClauseBreak(int from, int to)
    {
        var span = view.Text.AsSpan(from, to - from);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is ',' or ';' or ':' || (span[i] == '.' && (i + 1 == span.Length || !char.IsAsciiDigit(span[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    // Another number of the same measure after the term in the sentence: the term may be that number's label.
    private bool NumberFollows(int position)
    {
        var others = view.MeasurementsIn(m.Sentence);
        for (var k = 0; k < others.Count; k++) // an index, not foreach: no enumerator boxed per term and number
        {
            var other = others[k];
            if (other != m && other.Span.Start >= position && other.Measure == m.Measure && !view.IsChange(other))
            {
                return true;
            }
        }

        return false;
    }

    // A number between that the indicator could be read from as well: same measure and, for a count, a unit word of
    // the indicator or no noun ("dân số 152.730 người, … 42 tổ dân phố": the 152.730 people are no villages).
    // For an indicator whose parts add up, such numbers are siblings, not rivals ("(01 công chức …; 01 công chức …)").
    private bool HasRival(int from, int to, CompiledIndicator indicator)
    {
        if (indicator.Definition.SumsParts)
        {
            return false;
        }

        var others = view.MeasurementsIn(m.Sentence);
        for (var k = 0; k < others.Count; k++) // an index, not foreach: no enumerator boxed per term and number
        {
            var other = others[k];
            if (other != m && other.Span.Start >= from && other.Span.End <= to && other.Measure == m.Measure &&
                (other.Measure != Text.Numbers.Measure.Number || indicator.UnitWords.Length == 0 || other.OcrNounKey.Length == 0 ||
                 CandidateFinder.UnitWordMatches(indicator, other)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNumber(int from, int to)
    {
        var others = view.MeasurementsIn(m.Sentence);
        for (var k = 0; k < others.Count; k++) // an index, not foreach: no enumerator boxed per term and number
        {
            var other = others[k];
            if (other != m && other.Span.Start >= from && other.Span.End <= to && other.Measure == m.Measure)
            {
                return true;
            }
        }

        return false;
    }

    private int SentencesBack(int termId)
    {
        for (var back = 1; back <= CandidateFinder.ContextSentences && m.Sentence - back >= 0; back++)
        {
            if (view.Terms[m.Sentence - back].Has(termId))
            {
                return back;
            }
        }

        return 0;
    }
}
