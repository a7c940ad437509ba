namespace TongHop.Web.Api;

/// <summary>One expected unit's state on a request: notYetDue, onTime, late or missing.</summary>
public sealed record UnitStatusDto(int UnitId, string Code, string Name, string State, DateTimeOffset? FirstReceivedAt, int Versions, string? Contact, string? Phone);
