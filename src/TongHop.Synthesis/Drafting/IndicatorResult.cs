using TongHop.Core.Indicators;
using TongHop.Synthesis.Aggregation;

namespace TongHop.Synthesis.Drafting;

/// <summary>An indicator's province-wide result and target, each aggregated as the catalog says.</summary>
public sealed record IndicatorResult(SynthesisIndicator Indicator, AggregateResult Actual, AggregateResult Target)
{
    public static IReadOnlyList<IndicatorResult> From(SynthesisInput input, CountedValues counted)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(counted);
        return input.Indicators.Select(i => new IndicatorResult(
            i,
            Aggregator.Aggregate(i.Aggregate, Figures(input.Units, counted, i.Key, Core.Extraction.ValueKind.Actual)),
            Aggregator.Aggregate(i.Aggregate, Figures(input.Units, counted, i.Key, Core.Extraction.ValueKind.Target)))).ToList();
    }

    private static List<UnitFigure> Figures(IReadOnlyList<SynthesisUnit> units, CountedValues counted, string key, Core.Extraction.ValueKind kind) =>
        units.Select(u => (Unit: u, Value: counted.Get(u.Id, key, kind)))
            .Where(p => p.Value is not null)
            .Select(p => new UnitFigure(p.Unit.Id, p.Unit.Name, p.Value!.Value, p.Value.Numerator, p.Value.Denominator))
            .ToList();
}
