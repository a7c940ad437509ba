namespace TongHop.Web.Api;

/// <summary>A request's reporting status: rates in percent and every expected unit.</summary>
public sealed record RequestStatusDto(RequestDto Request, int Expected, int OnTime, int Late, int Missing, decimal ReportingRate, decimal OnTimeRate, IReadOnlyList<UnitStatusDto> Units);
