namespace TongHop.Storage.Entities;

/// <summary>
/// One file of a submission: the main report (<see cref="SubmissionFileRole.Main"/>, exactly one) or an annex
/// (phụ lục). Each file is read and extracted on its own; its values and findings point back to it
/// (<see cref="ReportedValue.SubmissionFileId"/>), and their spans are offsets into its <see cref="RestoredText"/>.
/// The main file's extraction is also kept on the submission (the review page, search and synthesis read it there).
/// </summary>
public sealed class SubmissionFile
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public Submission? Submission { get; set; }

    public SubmissionFileRole Role { get; set; }

    /// <summary>Order in the submission: 0 for the main report, then the annexes as sent.</summary>
    public int Position { get; set; }

    public required string FileSha256 { get; set; }

    public required string FileName { get; set; }

    public long Size { get; set; }

    /// <summary>Why this file could not be read; null when it was (or is not yet processed).</summary>
    public string? Error { get; set; }

    /// <summary>The extract contract JSON of this file, once processed.</summary>
    public string? ExtractionJson { get; set; }

    /// <summary>The restored text this file's value spans point into.</summary>
    public string? RestoredText { get; set; }
}

/// <summary>What a file is in its submission.</summary>
public enum SubmissionFileRole
{
    /// <summary>báo cáo chính</summary>
    Main,

    /// <summary>phụ lục</summary>
    Annex,
}
