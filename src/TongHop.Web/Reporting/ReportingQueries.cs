using Microsoft.EntityFrameworkCore;
using TongHop.Core.Extraction;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Aggregation;
using TongHop.Synthesis.Reporting;

namespace TongHop.Web.Reporting;

/// <summary>
/// Reads what the dashboard, the province figures and the units × indicators table show. Values come from
/// each unit's latest processed submission; a rejected value does not count; where a unit has several
/// values for one indicator, a reviewed one wins, then the most confident.
/// </summary>
public sealed class ReportingQueries(TongHopDbContext db, TimeProvider clock)
{
    public async Task<RequestDashboard?> DashboardAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var units = await ExpectedUnitsAsync(request, cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.RequestId == requestId)
            .Select(s => new { s.Id, s.UnitId, s.ReceivedAtUtc, s.State }).ToListAsync(cancellationToken);
        var byUnit = submissions.ToLookup(s => s.UnitId);
        var rows = units.Select(u =>
        {
            var mine = byUnit[u.Id].OrderBy(s => s.Id).ToList();
            DateTime? first = mine.Count == 0 ? null : mine.Min(s => s.ReceivedAtUtc);
            return new UnitStatusRow(u, ReportingStatus.Of(request.DeadlineUtc, first, now), first, mine.Count, mine.LastOrDefault()?.Id, mine.LastOrDefault()?.State);
        }).ToList();
        return new RequestDashboard(request, rows, ReportingRates.From(rows.Select(r => r.State)), now);
    }

    public async Task<IReadOnlyList<IndicatorFigure>?> FiguresAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(requestId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var (_, indicators, units) = scope.Value;
        // Values are read once and grouped once: the page aggregates 41 indicators over up to thousands of units.
        var byKey = (await CountingValuesAsync(requestId, cancellationToken)).ToLookup(v => v.IndicatorKey);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        return indicators.Select(i => new IndicatorFigure(
            i,
            Aggregator.Aggregate(i.Aggregate, Figures(byKey[i.Key], ValueKind.Actual, names)),
            Aggregator.Aggregate(i.Aggregate, Figures(byKey[i.Key], ValueKind.Target, names)))).ToList();
    }

    public async Task<UnitIndicatorTable?> TableAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(requestId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var (request, indicators, units) = scope.Value;
        var cells = Best(await CountingValuesAsync(requestId, cancellationToken), ValueKind.Actual);
        return new UnitIndicatorTable(request, indicators, units, cells);
    }

    // The request, the indicators it asks for (all of the catalog when it names none) and its expected units.
    private async Task<(ReportRequest Request, List<IndicatorDefinition> Indicators, List<OrgUnit> Units)?> ScopeAsync(int requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Indicators).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var keys = request.Indicators.Select(i => i.IndicatorKey).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => keys.Count == 0 || keys.Contains(i.Key)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        return (request, indicators, await ExpectedUnitsAsync(request, cancellationToken));
    }

    private async Task<List<OrgUnit>> ExpectedUnitsAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var deadlineDay = DateOnly.FromDateTime(request.DeadlineUtc);
        var units = await db.RequestRecipients.AsNoTracking().Where(r => r.RequestId == request.Id).Select(r => r.Unit!).ToListAsync(cancellationToken);
        return units.Where(u => ReportingStatus.IsExpected(u.OpenedOn, u.ClosedOn, deadlineDay)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    }

    // Values of each unit's latest processed submission, rejected ones left out.
    private Task<List<ReportedValue>> CountingValuesAsync(int requestId, CancellationToken cancellationToken) =>
        db.Values.AsNoTracking()
            .Where(v => v.RequestId == requestId && v.Review != ReviewState.Rejected)
            .Where(v => !db.Submissions.Any(s => s.RequestId == requestId && s.UnitId == v.UnitId && s.State == ProcessingState.Done && s.Id > v.SubmissionId))
            .ToListAsync(cancellationToken);

    private static Dictionary<(int UnitId, string Key), ReportedValue> Best(IEnumerable<ReportedValue> values, ValueKind kind) =>
        values.Where(v => v.Kind == kind)
            .GroupBy(v => (v.UnitId, v.IndicatorKey))
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(v => v.Review != ReviewState.Auto).ThenByDescending(v => v.Confidence).ThenBy(v => v.Id).First());

    private static List<UnitFigure> Figures(IEnumerable<ReportedValue> values, ValueKind kind, Dictionary<int, string> names) =>
        Best(values, kind).Values
            .Where(v => names.ContainsKey(v.UnitId) && v.EffectiveValue is not null)
            .Select(v => new UnitFigure(v.UnitId, names[v.UnitId], v.EffectiveValue!.Value, v.Numerator, v.Denominator))
            .ToList();
}
