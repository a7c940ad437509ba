using TongHop.Core.Extraction;

namespace TongHop.Extraction.Indicators;

/// <summary>What <see cref="IIndicatorExtractor"/> found: indicator values, and facts no indicator claims.</summary>
/// <param name="Findings">What the extractor itself found wrong while reading (a table's parts that do not add up
/// to the total its row states); the pipeline adds them to the checks' findings.</param>
public sealed record IndicatorExtraction(IReadOnlyList<IndicatorValue> Indicators, IReadOnlyList<Fact> Facts, IReadOnlyList<Finding>? Findings = null)
{
    public static IndicatorExtraction Empty { get; } = new([], []);

    public IReadOnlyList<Finding> ExtractorFindings => Findings ?? [];
}
