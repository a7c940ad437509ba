using TongHop.Core.Extraction;

namespace TongHop.Extraction.Indicators;

/// <summary>What <see cref="IIndicatorExtractor"/> found: indicator values, and facts no indicator claims.</summary>
public sealed record IndicatorExtraction(IReadOnlyList<IndicatorValue> Indicators, IReadOnlyList<Fact> Facts)
{
    public static IndicatorExtraction Empty { get; } = new([], []);
}
