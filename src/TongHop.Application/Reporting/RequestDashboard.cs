using TongHop.Storage.Entities;
using TongHop.Synthesis.Reporting;

namespace TongHop.Application.Reporting;

/// <summary>What the request dashboard shows: rates, every expected unit's state, the count-down, the review progress.</summary>
/// <param name="DataVersion">The database's data version the dashboard was read at (see <see cref="DataStamp"/>).</param>
public sealed record RequestDashboard(ReportRequest Request, IReadOnlyList<UnitStatusRow> Units, ReportingRates Rates, DateTime NowUtc, long DataVersion = 0)
{
    /// <summary>Values reviewed and reports approved or accepted, over each unit's latest report.</summary>
    public ReviewProgress Review { get; init; } = ReviewProgress.Empty;

    /// <summary>
    /// How many of the request's deadlines (its own and the units' extensions) had passed at <see cref="NowUtc"/>: the
    /// units' states are equal at equal counts, so what shows them is cached under the data version and this count.
    /// </summary>
    public int DeadlinesPassed { get; init; }
}
