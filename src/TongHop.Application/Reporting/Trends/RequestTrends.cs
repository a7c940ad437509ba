namespace TongHop.Application.Reporting.Trends;

/// <summary>
/// A request's figures compared over time: the requests it is compared with (null when there is none), the periods of the
/// series (oldest first, this request last), each indicator's comparisons, and each unit's value in the previous request
/// and a year earlier (read only when asked for: the units × indicators table).
/// </summary>
public sealed record RequestTrends(
    int RequestId,
    PeriodRequest? Previous,
    PeriodRequest? YearAgo,
    IReadOnlyList<PeriodRequest> Series,
    IReadOnlyDictionary<string, IndicatorTrend> ByKey,
    IReadOnlyDictionary<(int UnitId, string Key), decimal?> PreviousByUnit)
{
    /// <summary>Each unit's value in the request a year earlier.</summary>
    public IReadOnlyDictionary<(int UnitId, string Key), decimal?> YearAgoByUnit { get; init; } = new Dictionary<(int, string), decimal?>();

    public IndicatorTrend? Of(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>A unit's value compared with its value in the previous request; null when there is no previous request.</summary>
    public Comparison? PreviousOf(int unitId, string key, decimal? now, bool percent) =>
        Previous is null ? null : Comparison.Of(Previous.Id, Previous.PeriodLabel, now, PreviousByUnit.GetValueOrDefault((unitId, key)), percent);

    /// <summary>A unit's value compared with its value a year earlier; null when there is no such request.</summary>
    public Comparison? YearAgoOf(int unitId, string key, decimal? now, bool percent) =>
        YearAgo is null ? null : Comparison.Of(YearAgo.Id, YearAgo.PeriodLabel, now, YearAgoByUnit.GetValueOrDefault((unitId, key)), percent);
}

/// <summary>A request as the trends see it: its id, period label and period.</summary>
public sealed record PeriodRequest(int Id, string PeriodLabel, DateOnly From, DateOnly To)
{
    /// <summary>The length of its period in months: 3 a quarter, 6, 9, 12 a year; requests of one kind have the same.</summary>
    public int Months => (To.Year * 12) + To.Month - ((From.Year * 12) + From.Month) + 1;
}
