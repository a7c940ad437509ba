namespace TongHop.Storage.Entities;

/// <summary>A check finding of a submission (ratio-mismatch, outline-missing …) with its evidence span.</summary>
public sealed class FindingRecord
{
    public long Id { get; set; }

    public int SubmissionId { get; set; }

    /// <summary>The file of the submission the finding is about (its spans point into that file's text); null for the submission as a whole.</summary>
    public int? SubmissionFileId { get; set; }

    public required string Code { get; set; }

    public required string Severity { get; set; }

    public required string Message { get; set; }

    public int? SpanStart { get; set; }

    public int? SpanEnd { get; set; }

    public string? About { get; set; }
}
