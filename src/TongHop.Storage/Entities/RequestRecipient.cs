namespace TongHop.Storage.Entities;

/// <summary>A unit a request was sent to.</summary>
public sealed class RequestRecipient
{
    public int RequestId { get; set; }

    public int UnitId { get; set; }

    public OrgUnit? Unit { get; set; }

    /// <summary>This unit's own deadline when it was given an extension (gia hạn); null: the request's.</summary>
    public DateTime? DeadlineUtc { get; set; }
}
