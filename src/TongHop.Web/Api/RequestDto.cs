namespace TongHop.Web.Api;

/// <summary>A report request. <c>deadline</c> is in Vietnam time with its offset (+07:00).</summary>
public sealed record RequestDto(int Id, string Title, string? DispatchNumber, string PeriodLabel, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateTimeOffset Deadline);
