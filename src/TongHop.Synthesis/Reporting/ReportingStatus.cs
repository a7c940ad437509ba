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
    /// Whether a unit is expected to answer: it must be open on the deadline's day. A unit merged away
    /// before the deadline, or created after it, is not counted, so reorganisations do not distort rates.
    /// </summary>
    public static bool IsExpected(DateOnly? openedOn, DateOnly? closedOn, DateOnly deadlineDay) =>
        (openedOn is null || openedOn <= deadlineDay) && (closedOn is null || closedOn >= deadlineDay);
}
