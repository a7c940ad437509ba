namespace TongHop.Storage.Entities;

/// <summary>One step of a report's review (who, when, from what to what, why): the audit trail of its states.</summary>
public sealed class SubmissionReviewEvent
{
    public long Id { get; set; }

    public int SubmissionId { get; set; }

    /// <summary>What was done: <c>start</c>, <c>return</c>, <c>approve</c>, <c>accept</c> or <c>reopen</c>.</summary>
    public required string Action { get; set; }

    public SubmissionReview FromState { get; set; }

    public SubmissionReview ToState { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The reviewer's comments (a return) or the reason (a reopening); null when none was given.</summary>
    public string? Comment { get; set; }
}
