using TongHop.Extraction.Indicators.Catalog;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Scores every (measurement, indicator) pair the catalog allows. A pair needs the indicator's unit
/// (a percent, a whole count, đồng, km²), a noun among its unit words where it has them, and either one
/// of its phrasings in the sentence (terms marked "~" may be in the three sentences before) or, where
/// the catalog says so, just its unit word ("74 máy tính"). Closer phrasings, longer phrasings and unit
/// words score higher; numbers after exclusion or request words do not count.
/// </summary>
internal sealed class CandidateFinder(CompiledCatalog catalog, DocumentView view)
{
    public const int ContextSentences = 3;

    public IEnumerable<Candidate> Find()
    {
        foreach (var m in view.Measurements)
        {
            foreach (var indicator in catalog.Indicators)
            {
                if (Score(indicator, m) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
    }

    private Candidate? Score(CompiledIndicator indicator, Measurement m)
    {
        var definition = indicator.Definition;
        if (!UnitFits(definition, m) || IsExcluded(indicator, m) || IsRequested(definition, m))
        {
            return null;
        }

        var unitWord = UnitWordMatches(definition, m);
        if (definition.Unit is IndicatorUnit.Count or IndicatorUnit.People && m.NounKey.Length > 0 &&
            definition.UnitWords.Length > 0 && !unitWord)
        {
            return null;
        }

        var (phrasingScore, reason) = new PhrasingScorer(view, m).Best(indicator);
        if (phrasingScore is null && !(definition.UnitWordSuffices && unitWord))
        {
            return null;
        }

        var score = (phrasingScore ?? 1.2) + (unitWord ? 1.0 : 0) - (m.IsPart && !definition.SumsParts ? 1.5 : 0);
        return new Candidate(indicator, [m], m.Value, score, reason ?? "từ đơn vị \"" + m.Noun + "\"");
    }

    private static bool UnitFits(IndicatorDefinition d, Measurement m) => d.Unit switch
    {
        IndicatorUnit.Percent => (m.Measure == Measure.Percent && m.Value <= 1000) || (m.Measure == Measure.Fraction && d.IsRatio),
        IndicatorUnit.Count or IndicatorUnit.People => m.IsWholeCount,
        IndicatorUnit.Vnd => m.Measure == Measure.Money,
        IndicatorUnit.Km2 => m.Measure == Measure.Area,
        _ => false,
    };

    private static bool UnitWordMatches(IndicatorDefinition d, Measurement m) =>
        m.NounKey.Length > 0 && d.UnitWords.Any(w => StartsWithWords(m.NounKey, w));

    private static bool StartsWithWords(string noun, string words) =>
        noun.StartsWith(words, StringComparison.Ordinal) && (noun.Length == words.Length || noun[words.Length] == ' ');

    // An exclusion counts before the number in its sentence ("số tiền miễn, giảm 318.000 đồng") or in its noun
    // ("13 máy tính cấu hình cũ"), not after it: "11.695.000 đồng, số tiền miễn, giảm …" is still collected money.
    private bool IsExcluded(CompiledIndicator indicator, Measurement m)
    {
        var terms = view.Terms[m.Sentence];
        var nounEnd = m.Span.End + m.Noun.Length + 2;
        return indicator.Exclusions.Any(id => terms.Hits(id).Any(h => h.End <= m.Span.Start || (h.Start >= m.Span.End && h.End <= nounEnd)));
    }

    private bool IsRequested(IndicatorDefinition d, Measurement m) =>
        !d.AcceptsRequests && catalog.Request.Any(id => view.Terms[m.Sentence].HasBefore(id, m.Span.Start));
}
