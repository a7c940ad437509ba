namespace TongHop.Storage.Entities;

/// <summary>
/// What a unit sent for a request at one time: its main report and annexes (<see cref="Files"/>; <see cref="FileSha256"/>
/// and <see cref="FileName"/> are the main report's). A re-submission (nộp lại) is a new row with the next
/// <see cref="Version"/>; earlier versions and their originals are kept. A withdrawn submission
/// (<see cref="WithdrawnAtUtc"/>) stays stored but no longer counts.
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

    /// <summary>When the unit withdrew this submission; null while it counts.</summary>
    public DateTime? WithdrawnAtUtc { get; set; }

    public string? WithdrawnBy { get; set; }

    /// <summary>The main report first, then the annexes.</summary>
    public List<SubmissionFile> Files { get; set; } = [];
}
