namespace TongHop.Web.Api;

/// <summary>A submitted file and where its extraction stands (queued, processing, done, failed + error).</summary>
public sealed record SubmissionDto(
    int Id, int RequestId, int UnitId, string? UnitName, int Version, DateTimeOffset ReceivedAt, string FileName, string FileSha256, string State, string? Error);
