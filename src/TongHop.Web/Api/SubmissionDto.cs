namespace TongHop.Web.Api;

/// <summary>
/// What a unit sent (its main report, <c>fileName</c>, and all <c>files</c> with their role), where its extraction
/// stands (queued, processing, done, failed + error), its receipt number and, when withdrawn, since when; and where the
/// report stands in review (<c>reviewState</c>: received, underReview, returned, approved, accepted; <c>locked</c> when
/// its values refuse corrections).
/// </summary>
public sealed record SubmissionDto(
    int Id, int RequestId, int UnitId, string? UnitName, int Version, DateTimeOffset ReceivedAt, string FileName, string FileSha256, string State, string? Error,
    string Receipt = "", IReadOnlyList<SubmissionFileDto>? Files = null, DateTimeOffset? WithdrawnAt = null, IReadOnlyList<WarningDto>? Warnings = null,
    string ReviewState = "received", bool Locked = false);

/// <summary>One file of a submission: <c>role</c> main or annex.</summary>
public sealed record SubmissionFileDto(int Id, string Role, string FileName, string Sha256, long Size, string? Error);

/// <summary>An intake check's warning (another unit, another period, the same file sent before), in Vietnamese.</summary>
public sealed record WarningDto(string Code, string Message, int? FileId);
