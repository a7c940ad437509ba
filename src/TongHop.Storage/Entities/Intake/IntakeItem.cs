namespace TongHop.Storage.Entities.Intake;

/// <summary>
/// One file that reached the Department through a channel (bulk upload, the API, the command line, e-mail, the watch
/// folder), with the unit and request it was matched to and why. A file whose unit and request are certain is filed at
/// once (<see cref="SubmissionId"/>); any other waits in the intake inbox until a person confirms or changes the unit and
/// the request (<see cref="IntakeState.NeedsReview"/>). The original is stored untouched by its SHA-256.
/// </summary>
public sealed class IntakeItem
{
    public int Id { get; set; }

    public IntakeChannel Channel { get; set; }

    public required string FileSha256 { get; set; }

    public required string FileName { get; set; }

    public long Size { get; set; }

    /// <summary>When the channel received it: the e-mail's date, otherwise the moment it reached TongHop; editable with a reason.</summary>
    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>When TongHop stored it.</summary>
    public DateTime ArrivedAtUtc { get; set; }

    /// <summary>Who sent it: the e-mail address, or the user name of an upload.</summary>
    public string? Sender { get; set; }

    public int? MessageId { get; set; }

    public IntakeMessage? Message { get; set; }

    public IntakeState State { get; set; }

    public IntakeRole Role { get; set; }

    /// <summary>The unit matched (certain when filed) or proposed to the person who confirms; null when unknown.</summary>
    public int? UnitId { get; set; }

    public OrgUnit? Unit { get; set; }

    /// <summary>The request matched or proposed; null when unknown.</summary>
    public int? RequestId { get; set; }

    public ReportRequest? Request { get; set; }

    /// <summary>How sure the unit match is, 0–1.</summary>
    public double? Confidence { get; set; }

    /// <summary>Why (Vietnamese, one reason a line): what matched, what was missing or doubtful.</summary>
    public string Reasons { get; set; } = "";

    /// <summary>What the reader found in the file: issuer, number, date, title.</summary>
    public string? Issuer { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public string? Title { get; set; }

    /// <summary>The submission the file became (the report, or the report an annex belongs to).</summary>
    public int? SubmissionId { get; set; }

    public Submission? Submission { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>Why the file could not be read or filed, shown to users.</summary>
    public string? Error { get; set; }
}

/// <summary>How a file reached TongHop.</summary>
public enum IntakeChannel
{
    Upload,
    Api,
    Cli,
    Mail,
    Folder,
}

/// <summary>Where a file stands in intake.</summary>
public enum IntakeState
{
    /// <summary>Waiting for a person to confirm or change its unit and request.</summary>
    NeedsReview,

    /// <summary>Became a submission (or an annex of one).</summary>
    Filed,

    /// <summary>Set aside by a person (not a report).</summary>
    Dismissed,

    /// <summary>The same bytes were already filed for that unit and request.</summary>
    Duplicate,
}

/// <summary>What the file is within what was sent together.</summary>
public enum IntakeRole
{
    Report,
    Annex,
}
