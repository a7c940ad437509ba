namespace TongHop.Synthesis.Reporting;

/// <summary>Decides a unit's <see cref="ReportingState"/>. All times are UTC.</summary>
public static class ReportingStatus
{
    /// <param name="firstReceivedUtc">When the unit's first version arrived; later re-submissions
    /// correct the content but do not make an on-time report late.</param>
    public static ReportingState Of(DateTime deadlineUtc, DateTime? firstReceivedUtc, DateTime nowUtc) =>
        firstReceivedUtc switch
        {
            { } received when received <= deadlineUtc => ReportingState.OnTime,
            not null => ReportingState.Late,
            null when nowUtc <= deadlineUtc => ReportingState.NotYetDue,
            _ => ReportingState.Missing,
        };

    /// <summary>
    /// Whether a unit is expected to answer a request: it must have been opened by the deadline's day and
    /// not closed before the reported period starts (<paramref name="periodStart"/>; the deadline's day when the
    /// request names no period). A unit closed mid-year is still expected for periods it was open in, and no
    /// longer for periods that start after its closing, so reorganisations do not distort rates.
    /// </summary>
    public static bool IsExpected(DateOnly? openedOn, DateOnly? closedOn, DateOnly periodStart, DateOnly deadlineDay) =>
        (openedOn is null || openedOn <= deadlineDay) && (closedOn is null || closedOn >= periodStart);
}
