namespace TongHop.Web.Api;

/// <summary>
/// A submitted file, where its extraction stands (queued, processing, done, failed + error) and where the report stands in
/// review (<c>reviewState</c>: received, underReview, returned, approved, accepted; <c>locked</c> when its values refuse corrections).
/// </summary>
public sealed record SubmissionDto(
    int Id, int RequestId, int UnitId, string? UnitName, int Version, DateTimeOffset ReceivedAt, string FileName, string FileSha256, string State, string? Error,
    string ReviewState, bool Locked);
