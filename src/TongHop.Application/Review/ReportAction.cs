namespace TongHop.Application.Review;

/// <summary>What a reviewer or a leader does with a report as a whole (<see cref="ReportReviewService"/>).</summary>
public enum ReportAction
{
    /// <summary>A reviewer starts reviewing a received report.</summary>
    Start,

    /// <summary>A reviewer returns it to the unit for correction, with comments.</summary>
    Return,

    /// <summary>A reviewer approves it: its values are locked.</summary>
    Approve,

    /// <summary>A leader accepts an approved report.</summary>
    Accept,

    /// <summary>Back under review, with a reason: a leader for an accepted report, a reviewer or leader for an approved one.</summary>
    Reopen,
}
