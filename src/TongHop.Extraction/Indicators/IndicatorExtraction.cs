using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators.Confidence;

namespace TongHop.Extraction.Indicators;

/// <summary>What <see cref="IIndicatorExtractor"/> found: indicator values, and facts no indicator claims.</summary>
/// <param name="Findings">What the extractor itself found wrong while reading (a table's parts that do not add up
/// to the total its row states); the pipeline adds them to the checks' findings.</param>
/// <param name="Features">For each value of <paramref name="Indicators"/>, in the same order, what its confidence was
/// computed from (for fitting and checking the confidence model).</param>
public sealed record IndicatorExtraction(
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Finding>? Findings = null,
    IReadOnlyList<ConfidenceFeatures>? Features = null)
{
    public static IndicatorExtraction Empty { get; } = new([], []);

    public IReadOnlyList<Finding> ExtractorFindings => Findings ?? [];
}
