namespace TongHop.Synthesis.Reporting;

/// <summary>Where a unit stands on one report request (DHIS2's expected / actual / on-time reports).</summary>
public enum ReportingState
{
    /// <summary>Nothing received yet and the deadline has not passed.</summary>
    NotYetDue,

    /// <summary>First version received at or before the deadline.</summary>
    OnTime,

    /// <summary>First version received after the deadline.</summary>
    Late,

    /// <summary>Nothing received and the deadline has passed.</summary>
    Missing,
}
