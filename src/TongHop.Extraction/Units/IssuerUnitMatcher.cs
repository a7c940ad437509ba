using TongHop.Core.Documents;

namespace TongHop.Extraction.Units;

/// <summary>
/// The reading's decision over <see cref="UnitNameScorer"/>: the unit a document's issuer names, a name a few letters
/// off (OCR) accepted at its lower score. A wrong unit is worse than none: no unit below <see cref="MinConfidence"/>, or
/// when a second candidate comes within <see cref="MinMargin"/> of the best. (Intake decides more strictly: see
/// <c>Application/Intake/Matching/NameUnitMatcher</c>.)
/// </summary>
public static class IssuerUnitMatcher
{
    public const double MinConfidence = 0.7;
    public const double MinMargin = 0.15;

    /// <summary>The unit <paramref name="document"/> comes from, or <c>null</c> when no candidate fits without doubt.</summary>
    public static UnitMatch? Match(DocumentMetadata document, IReadOnlyList<UnitCandidate> candidates) =>
        Best(UnitNameScorer.Score(document, candidates), MinConfidence, MinMargin);

    /// <summary>The best of <paramref name="scores"/> when it reaches <paramref name="minConfidence"/> and no second comes within <paramref name="minMargin"/>.</summary>
    public static UnitMatch? Best(IEnumerable<UnitMatch> scores, double minConfidence, double minMargin)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var scored = scores.OrderByDescending(m => m.Confidence).Take(2).ToList();
        if (scored.Count == 0 || scored[0].Confidence < minConfidence)
        {
            return null;
        }

        return scored.Count > 1 && scored[1].Confidence > scored[0].Confidence - minMargin ? null : scored[0];
    }
}
