namespace TongHop.Storage.Entities;

/// <summary>
/// Where a submitted report stands in review, as a whole (DHIS2's data approval): received → under review →
/// returned to the unit for correction, or approved by a reviewer → accepted by a leader. Approved and accepted
/// reports are locked: their values refuse corrections until a reopening (with a reason) puts them back under review.
/// </summary>
public enum SubmissionReview
{
    Received,
    UnderReview,
    Returned,
    Approved,
    Accepted,
}
