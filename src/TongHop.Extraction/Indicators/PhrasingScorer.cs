using TongHop.Extraction.Indicators.Matching;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// How well an indicator's best phrasing supports one measurement. A phrasing holds when all its terms
/// occur (in the sentence, or for "~" terms in the sentences before). Its score grows with its length
/// and falls with the distance from the number to its nearest term, with terms only found in earlier
/// sentences, with a bracket between term and number, and with another number between them (the term
/// then belongs to that nearer number).
/// </summary>
internal readonly struct PhrasingScorer(DocumentView view, Measurement m)
{
    private const double CharsPerPoint = 45;

    public (double? Score, string? Reason) Best(CompiledIndicator indicator)
    {
        double? best = null;
        string? reason = null;
        foreach (var phrasing in indicator.Phrasings)
        {
            if (Score(phrasing) is { } score && (best is null || score > best))
            {
                best = score;
                reason = "cụm từ \"" + phrasing.Source.Text + "\"";
            }
        }

        return (best, reason);
    }

    private double? Score(CompiledPhrasing phrasing)
    {
        var sentence = view.Terms[m.Sentence];
        double? nearest = null;
        var contextBack = 0;
        for (var t = 0; t < phrasing.Terms.Length; t++)
        {
            var id = phrasing.Terms[t];
            if (sentence.Has(id))
            {
                var distance = Distance(sentence.Hits(id));
                nearest = nearest is null ? distance : Math.Min(nearest.Value, distance);
            }
            else
            {
                var back = phrasing.InContext[t] ? SentencesBack(id) : 0;
                if (back == 0)
                {
                    return null;
                }

                contextBack = Math.Max(contextBack, back);
            }
        }

        return nearest is null ? null : 2 + (0.35 * phrasing.Source.WordCount) - nearest.Value - (0.4 * contextBack);
    }

    // Penalty points for the nearest occurrence: distance in characters, brackets and numbers in between.
    private double Distance(IReadOnlyList<TermHit> hits)
    {
        var best = double.MaxValue;
        foreach (var hit in hits)
        {
            var (from, to) = hit.End <= m.Span.Start ? (hit.End, m.Span.Start) : (m.Span.End, Math.Max(m.Span.End, hit.Start));
            if (NounCovers(hit))
            {
                return 0;
            }

            var points = Math.Min((to - from) / CharsPerPoint, 2.5) + (HasBracket(from, to) ? 0.7 : 0) + (HasNumber(from, to) ? 1.0 : 0);
            best = Math.Min(best, points);
        }

        return best;
    }

    // A label right after a bare number ("60 máy in") is read as its noun; a term inside the noun is adjacent.
    private bool NounCovers(TermHit hit) => hit.Start >= m.Span.End && hit.End <= m.Span.End + m.Noun.Length + 2;

    private bool HasBracket(int from, int to) => view.Text.AsSpan(from, to - from).IndexOfAny('(', ')') >= 0;

    private bool HasNumber(int from, int to)
    {
        foreach (var other in view.MeasurementsIn(m.Sentence))
        {
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
