using Microsoft.AspNetCore.Http;
using TongHop.Storage.Entities;

namespace TongHop.Application.Review;

/// <summary>What became of a report action: the submission in its new state, or the HTTP status and Vietnamese reason it was refused with.</summary>
public sealed record ReportReviewOutcome(Submission? Submission, int Status, string? Error)
{
    public bool Succeeded => Error is null;

    public static ReportReviewOutcome Ok(Submission submission) => new(submission, StatusCodes.Status200OK, null);

    public static ReportReviewOutcome Fail(int status, string error) => new(null, status, error);
}
