namespace TongHop.Storage.Entities;

/// <summary>One step of the audit trail: who changed a value's review state, when, from what to what.</summary>
public sealed class ReviewEvent
{
    public long Id { get; set; }

    public long ValueId { get; set; }

    public ReviewState FromState { get; set; }

    public ReviewState ToState { get; set; }

    public decimal? FromValue { get; set; }

    public decimal? ToValue { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }

    public string? Note { get; set; }
}
