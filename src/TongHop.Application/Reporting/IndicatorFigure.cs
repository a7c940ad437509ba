using TongHop.Extraction.Indicators.Catalog;
using TongHop.Synthesis.Aggregation;

namespace TongHop.Application.Reporting;

/// <summary>An indicator's province figure for a request: actuals and targets, each aggregated as the catalog says.</summary>
public sealed record IndicatorFigure(IndicatorDefinition Indicator, AggregateResult Actual, AggregateResult Target);
