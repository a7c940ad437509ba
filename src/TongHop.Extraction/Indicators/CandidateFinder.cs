using TongHop.Core.Indicators;
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

    public List<Candidate> Find()
    {
        var found = new List<Candidate>();
        foreach (var m in view.Measurements)
        {
            var requested = IsRequested(m);
            foreach (var indicator in catalog.Indicators)
            {
                if (Score(indicator, m, requested) is { } candidate)
                {
                    found.Add(candidate);
                }
            }
        }

        return found;
    }

    private Candidate? Score(CompiledIndicator indicator, Measurement m, bool requested)
    {
        var definition = indicator.Definition;
        if (!UnitFits(definition, m) || (requested && !definition.AcceptsRequests))
        {
            return null;
        }

        var unitWord = UnitWordMatches(indicator, m);
        if (definition.Unit is MeasureUnit.Count or MeasureUnit.People && m.NounKey.Length > 0 &&
            definition.UnitWords.Length > 0 && !unitWord)
        {
            return null;
        }

        var (phrasingScore, reason) = new PhrasingScorer(view, m).Best(indicator);
        if ((phrasingScore is null && !(definition.UnitWordSuffices && unitWord)) || IsExcluded(indicator, m))
        {
            return null;
        }

        var score = (phrasingScore ?? 1.2) + (unitWord ? 1.0 : 0) - (m.IsPart && !definition.SumsParts ? 1.5 : 0);
        return new Candidate(indicator, [m], CountOrValue(definition, m), score, reason ?? "từ đơn vị \"" + m.Noun + "\"");
    }

    // "9/9 thôn thành lập Tổ công nghệ số": for a count the part is the number of things.
    private static decimal CountOrValue(IndicatorDefinition d, Measurement m) =>
        m.Measure == Measure.Fraction && d.Unit is MeasureUnit.Count or MeasureUnit.People ? m.Numerator ?? m.Value : m.Value;

    private static bool UnitFits(IndicatorDefinition d, Measurement m) => d.Unit switch
    {
        MeasureUnit.Percent => (m.Measure == Measure.Percent && m.Value <= 1000) || (m.Measure == Measure.Fraction && d.IsRatio),
        MeasureUnit.Count or MeasureUnit.People => m.IsWholeCount || (m.Measure == Measure.Fraction && m.NounKey.Length > 0),
        MeasureUnit.Vnd => m.Measure == Measure.Money,
        MeasureUnit.Km2 => m.Measure == Measure.Area,
        _ => false,
    };

    /// <summary>Whether the noun after the number starts with one of the indicator's unit words (compared OCR-folded).</summary>
    public static bool UnitWordMatches(CompiledIndicator indicator, Measurement m) =>
        m.OcrNounKey.Length > 0 && indicator.UnitWords.Any(w => StartsWithWords(m.OcrNounKey, w));

    private static bool StartsWithWords(string noun, string words) =>
        noun.StartsWith(words, StringComparison.Ordinal) && (noun.Length == words.Length || noun[words.Length] == ' ');

    // An exclusion counts before the number in its sentence ("số tiền miễn, giảm 318.000 đồng") or in its noun
    // ("13 máy tính cấu hình cũ"), not after it: "11.695.000 đồng, số tiền miễn, giảm …" is still collected money.
    private bool IsExcluded(CompiledIndicator indicator, Measurement m)
    {
        var terms = view.Terms[m.Sentence];
        var nounEnd = m.Span.End + m.Noun.Length + 2;
        foreach (var id in indicator.Exclusions)
        {
            foreach (var h in terms.Hits(id))
            {
                if (h.End <= m.Span.Start || (h.Start >= m.Span.End && h.End <= nounEnd))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsRequested(Measurement m)
    {
        foreach (var id in catalog.Request)
        {
            if (view.Terms[m.Sentence].HasBefore(id, m.Span.Start))
            {
                return true;
            }
        }

        return false;
    }
}
