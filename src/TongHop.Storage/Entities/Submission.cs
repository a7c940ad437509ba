namespace TongHop.Storage.Entities;

/// <summary>
/// One file a unit sent for a request. A re-submission is a new row with the next <see cref="Version"/>;
/// earlier versions and their originals are kept.
/// </summary>
public sealed class Submission
{
    public int Id { get; set; }

    public int RequestId { get; set; }

    public ReportRequest? Request { get; set; }

    public int UnitId { get; set; }

    public OrgUnit? Unit { get; set; }

    public int Version { get; set; }

    public DateTime ReceivedAtUtc { get; set; }

    public required string FileSha256 { get; set; }

    public required string FileName { get; set; }

    public string? UploadedBy { get; set; }

    public ProcessingState State { get; set; }

    /// <summary>Why the last extraction attempt failed, shown to users; null when it did not.</summary>
    public string? Error { get; set; }

    public DateTime? ProcessedAtUtc { get; set; }

    /// <summary>The extract contract JSON (ExtractJsonWriter), once processed.</summary>
    public string? ExtractionJson { get; set; }

    /// <summary>Where the report stands in review as a whole (received … accepted); approved and accepted lock its values.</summary>
    public SubmissionReview Review { get; set; }

    /// <summary>The restored text the value spans point into ([start, end) offsets).</summary>
    public string? RestoredText { get; set; }
}
