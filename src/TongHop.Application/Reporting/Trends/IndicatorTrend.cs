namespace TongHop.Application.Reporting.Trends;

/// <summary>An indicator's province figure against the previous request of the same kind and the same period a year earlier, and its series over periods.</summary>
public sealed record IndicatorTrend(string Key, Comparison? Previous, Comparison? YearAgo, IReadOnlyList<decimal?> Series);
