using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// "Tỷ lệ số hóa hồ sơ … và tỷ lệ thủ tục … toàn trình lần lượt đạt 91,5% và 76%": with "lần lượt" (respectively) the
/// values after it go, in order, to the indicators named before it, in the order each is first fully named. Only
/// where as many indicators are named before "lần lượt" as there are values of one measure after it (in its clause);
/// then each value keeps only its own indicator's reading, and a value its indicator's phrasing did not reach (the
/// second of the pair, with the first between) gets it. Otherwise nothing changes: a count that does not fit says
/// the sentence is read some other way.
/// </summary>
internal static class RespectiveValues
{
    private const string Marker = "lan luot";

    public static void Apply(CompiledCatalog catalog, DocumentView view, List<Candidate> candidates)
    {
        var at = 0;
        while ((at = view.Folded.IndexOf(Marker, at, StringComparison.Ordinal)) >= 0)
        {
            var marker = at;
            at += Marker.Length;
            if ((marker > 0 && char.IsLetter(view.Folded[marker - 1])) || (at < view.Folded.Length && char.IsLetter(view.Folded[at])))
            {
                continue;
            }

            var sentence = SentenceIndex.Of(view.Sentences, marker);
            if (sentence < 0 || view.IsTableRow(sentence))
            {
                continue;
            }

            Assign(catalog, view, candidates, sentence, marker);
        }
    }

    private static void Assign(CompiledCatalog catalog, DocumentView view, List<Candidate> candidates, int sentence, int marker)
    {
        var span = view.Sentences[sentence];
        var clauseEnd = view.Text.IndexOf(';', marker, span.End - marker);
        var end = clauseEnd < 0 ? span.End : clauseEnd;
        var values = view.MeasurementsIn(sentence).Where(m => m.Span.Start >= marker && m.Span.End <= end && !view.IsChange(m)).ToList();
        if (values.Count < 2 || values.Any(v => v.Measure != values[0].Measure))
        {
            return;
        }

        var onValues = candidates.Where(c => c.Table is null && c.From.Count == 1 && values.Contains(c.First)).ToList();
        var labelStart = Math.Max(span.Start, view.Text.LastIndexOfAny([';', ':'], marker - 1, marker - span.Start) + 1);
        if (Named(catalog, view, sentence, labelStart, marker, values[0].Measure, values.Count) is not { } named)
        {
            return;
        }

        var assigned = new List<Candidate>();
        for (var i = 0; i < values.Count; i++)
        {
            var indicator = named[i];
            var own = onValues.Where(c => c.Indicator == indicator && c.First == values[i]).MaxBy(c => c.Score);
            var model = own ?? onValues.Where(c => c.Indicator == indicator).MaxBy(c => c.Score);
            var reason = ", \"lần lượt\" thứ " + (i + 1);
            assigned.Add(model is null
                ? new Candidate(indicator, [values[i]], values[i].Value, 3.0, "cụm từ trước \"lần lượt\"" + reason, null,
                    new Support(3.0, 1.0, 0, 0, 2, false, false))
                : model with
                {
                    From = [values[i]],
                    Value = own?.Value ?? values[i].Value,
                    Score = model.Score + 1.0,
                    Reason = model.Reason + reason,
                });
        }

        candidates.RemoveAll(onValues.Contains);
        candidates.AddRange(assigned);
    }

    private static bool Fits(MeasureUnit unit, Measure measure) => (unit, measure) switch
    {
        (MeasureUnit.Percent, Measure.Percent) => true,
        (MeasureUnit.Count or MeasureUnit.People, Measure.Number) => true,
        (MeasureUnit.Vnd, Measure.Money) => true,
        _ => false,
    };

    // The labels before "lần lượt", one a value: split at " và " (or, when that does not give as many, also at ", "), each
    // label's indicator the one whose longest phrasing has a term in it and its other terms there or in the labels before
    // (a shared head: "Tỷ lệ chi trả không dùng tiền mặt cho đối tượng bảo trợ xã hội | và người có công"), with no
    // exclusion of its own in it. Null when the labels are not as many as the values or one names no single indicator.
    private static List<CompiledIndicator>? Named(CompiledCatalog catalog, DocumentView view, int sentence, int start, int marker, Measure measure, int count)
    {
        var folded = view.Folded;
        var cuts = Cuts(folded, start, marker, [" va "]);
        if (cuts.Count + 1 != count)
        {
            cuts = Cuts(folded, start, marker, [" va ", ", "]);
        }

        if (cuts.Count + 1 != count)
        {
            return null;
        }

        var bounds = new List<int> { start };
        bounds.AddRange(cuts);
        bounds.Add(marker);
        var terms = view.Terms[sentence];
        var named = new List<CompiledIndicator>();
        for (var i = 0; i < count; i++)
        {
            var (from, to) = (bounds[i], bounds[i + 1]);
            CompiledIndicator? best = null;
            var bestWords = 0;
            var tied = false;
            foreach (var indicator in catalog.Indicators)
            {
                if (!Fits(indicator.Definition.Unit, measure) || indicator.Exclusions.Any(id => terms.Hits(id).Any(h => h.Start >= from && h.End <= to)))
                {
                    continue;
                }

                foreach (var phrasing in indicator.Phrasings)
                {
                    var inLabel = false;
                    var all = true;
                    foreach (var id in phrasing.Terms)
                    {
                        var here = terms.Hits(id).Any(h => h.Start >= from && h.End <= to);
                        inLabel |= here;
                        all &= here || terms.Hits(id).Any(h => h.Start >= start && h.End <= from);
                    }

                    if (!all || !inLabel)
                    {
                        continue;
                    }

                    var words = phrasing.Source.WordCount;
                    if (words > bestWords)
                    {
                        (best, bestWords, tied) = (indicator, words, false);
                    }
                    else if (words == bestWords && best != indicator)
                    {
                        tied = true;
                    }
                }
            }

            if (best is null || tied || named.Contains(best))
            {
                return null;
            }

            named.Add(best);
        }

        return named;
    }

    private static List<int> Cuts(string folded, int start, int end, string[] separators)
    {
        var cuts = new List<int>();
        for (var i = start; i < end; i++)
        {
            foreach (var separator in separators)
            {
                if (i + separator.Length <= end && string.CompareOrdinal(folded, i, separator, 0, separator.Length) == 0)
                {
                    cuts.Add(i + 1);
                }
            }
        }

        return cuts;
    }
}
