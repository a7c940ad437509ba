namespace TongHop.Storage.Entities;

/// <summary>
/// One change of a request, for its audit trail: created, edited (with what changed), deadline extended (for the
/// request or one unit), closed, reopened. <see cref="Detail"/> is the Vietnamese sentence the request page shows.
/// </summary>
public sealed class RequestEvent
{
    public long Id { get; set; }

    public int RequestId { get; set; }

    public required string Action { get; set; }

    public required string Detail { get; set; }

    public string? UserName { get; set; }

    public DateTime AtUtc { get; set; }
}
