namespace TongHop.Storage.Entities.Intake;

/// <summary>The audit trail of intake: a file filed, confirmed, changed, dismissed, its received time edited (with the reason).</summary>
public sealed class IntakeEvent
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public IntakeItem? Item { get; set; }

    public DateTime AtUtc { get; set; }

    public required string UserName { get; set; }

    /// <summary><c>filed</c>, <c>confirmed</c>, <c>dismissed</c>, <c>received-time</c>.</summary>
    public required string Action { get; set; }

    public string? Detail { get; set; }
}
