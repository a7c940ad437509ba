using TongHop.Core.Documents;

namespace TongHop.Application.Intake.Matching;

/// <summary>
/// Which unit issued a document, by its metadata (issuer, place, signer) against the province's units. A wrong unit is
/// worse than none: <see cref="UnitMatchResult.Certain"/> is set only when one unit fits without doubt.
/// </summary>
public interface IUnitMatcher
{
    UnitMatchResult Match(DocumentMetadata document, IReadOnlyList<IntakeUnit> units);
}

/// <summary>A unit that fits a document, how well (0–1) and why (Vietnamese).</summary>
public sealed record UnitScore(IntakeUnit Unit, double Confidence, IReadOnlyList<string> Reasons);

/// <summary>The units that fit, best first, and the one that fits without doubt (or null).</summary>
public sealed record UnitMatchResult(IReadOnlyList<UnitScore> Scored, UnitScore? Certain)
{
    public const double MinConfidence = 0.7;
    public const double MinMargin = 0.15;

    public static UnitMatchResult None { get; } = new([], null);

    /// <summary>Orders the scores and decides: none below <see cref="MinConfidence"/>, none when a second comes within <see cref="MinMargin"/>.</summary>
    public static UnitMatchResult Decide(IEnumerable<UnitScore> scores)
    {
        var scored = scores.OrderByDescending(s => s.Confidence).ToList();
        var certain = scored.Count > 0 && scored[0].Confidence >= MinConfidence &&
                      (scored.Count == 1 || scored[1].Confidence <= scored[0].Confidence - MinMargin)
            ? scored[0]
            : null;
        return new UnitMatchResult(scored, certain);
    }
}
