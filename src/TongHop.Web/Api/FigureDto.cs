namespace TongHop.Web.Api;

/// <summary>
/// An indicator's province figure (aggregated as the catalog says) with its spread and target, compared with the previous
/// request of the same kind (<c>previous</c>) and the same period a year earlier (<c>yearAgo</c>); null where there is none.
/// </summary>
public sealed record FigureDto(
    string Key, string Name, string Unit, string Aggregate, decimal? Value, int Count, decimal? Min, decimal? Max, decimal? Median, decimal? Target, string Basis,
    ComparisonDto? Previous = null, ComparisonDto? YearAgo = null);

/// <summary>
/// The figure of an earlier request: <c>value</c> then, <c>change</c> = now − then (percentage points for a percent
/// indicator), <c>relativeChange</c> in percent of then (not for percents).
/// </summary>
public sealed record ComparisonDto(int RequestId, string Period, decimal? Value, decimal? Change, decimal? RelativeChange);
