using TongHop.Storage.Entities;

namespace TongHop.Application.Reporting;

/// <summary>
/// How far the review of a request has come, over each unit's latest report: values a reviewer looked at (confirmed,
/// corrected or rejected) of all values read, and reports by review state.
/// </summary>
public sealed record ReviewProgress(int Values, int ValuesReviewed, int Reports, int UnderReview, int Returned, int Approved, int Accepted)
{
    public static ReviewProgress Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static ReviewProgress From(IReadOnlyCollection<SubmissionReview> latestReports, int values, int valuesReviewed)
    {
        ArgumentNullException.ThrowIfNull(latestReports);
        int Count(SubmissionReview state) => latestReports.Count(r => r == state);
        return new ReviewProgress(values, valuesReviewed, latestReports.Count, Count(SubmissionReview.UnderReview), Count(SubmissionReview.Returned),
            Count(SubmissionReview.Approved), Count(SubmissionReview.Accepted));
    }
}
