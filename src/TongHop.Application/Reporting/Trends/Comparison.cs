namespace TongHop.Application.Reporting.Trends;

/// <summary>
/// A figure compared with the same figure of an earlier request: its value then, the change (now − then; for a percent
/// indicator that is in percentage points) and, for the others, the change relative to then in percent.
/// </summary>
public sealed record Comparison(int RequestId, string PeriodLabel, decimal? Value, decimal? Change, decimal? RelativeChange)
{
    public static Comparison Of(int requestId, string periodLabel, decimal? now, decimal? then, bool percent)
    {
        decimal? change = now is { } n && then is { } t ? n - t : null;
        decimal? relative = !percent && change is { } c && then is { } b && b != 0 ? Math.Round(c / Math.Abs(b) * 100m, 2) : null;
        return new Comparison(requestId, periodLabel, then, change, relative);
    }
}
