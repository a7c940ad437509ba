using TongHop.Storage.Entities;
using TongHop.Synthesis.Reporting;

namespace TongHop.Web.Reporting;

/// <summary>What the request dashboard shows: rates, every expected unit's state, the count-down.</summary>
public sealed record RequestDashboard(ReportRequest Request, IReadOnlyList<UnitStatusRow> Units, ReportingRates Rates, DateTime NowUtc);
