namespace TongHop.Synthesis.Reporting;

/// <summary>
/// Counts of expected units by state, and the two rates the dashboard shows (percent, one decimal):
/// reporting rate = received / expected, on-time rate = on time / expected.
/// </summary>
public sealed record ReportingRates(int Expected, int OnTime, int Late, int Missing, int NotYetDue)
{
    public int Received => OnTime + Late;

    public decimal ReportingRate => Percent(Received);

    public decimal OnTimeRate => Percent(OnTime);

    public static ReportingRates From(IEnumerable<ReportingState> states)
    {
        var list = states.ToList();
        return new ReportingRates(
            list.Count,
            list.Count(s => s == ReportingState.OnTime),
            list.Count(s => s == ReportingState.Late),
            list.Count(s => s == ReportingState.Missing),
            list.Count(s => s == ReportingState.NotYetDue));
    }

    private decimal Percent(int part) => Expected == 0 ? 0 : Math.Round(part * 100m / Expected, 1);
}
