using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TongHop.Core.Extraction;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Aggregation;
using TongHop.Synthesis.Reporting;

namespace TongHop.Application.Reporting;

/// <summary>
/// Reads what the dashboard, the province figures and the units × indicators table show. Values come from
/// each unit's latest processed submission; a rejected value does not count; where a unit has several
/// values for one indicator, a reviewed one wins, then the most confident.
/// What the dashboard and the figures computed is cached under the database's <see cref="DataStamp"/>
/// version: any saved change moves the version on, so a page never shows data older than its request;
/// only the time-dependent part (on time, late, missing at this minute) is worked out on every request.
/// </summary>
public sealed class ReportingQueries(TongHopDbContext db, TimeProvider clock, IMemoryCache cache)
{
    // Entries of an older version are no longer asked for and fall out after this idle time.
    private static readonly TimeSpan CacheIdle = TimeSpan.FromMinutes(5);

    public async Task<RequestDashboard?> DashboardAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var version = await db.DataVersionAsync(cancellationToken);
        var facts = await CachedAsync(("dashboard", requestId, version), ct => DashboardFactsAsync(requestId, ct));
        if (facts is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = facts.Units.Select(u => u with { State = ReportingStatus.Of(facts.Request.DeadlineUtc, u.FirstReceivedUtc, now) }).ToList();
        return new RequestDashboard(facts.Request, rows, ReportingRates.From(rows.Select(r => r.State)), now, version);
    }

    public async Task<RequestFigures?> FiguresAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var version = await db.DataVersionAsync(cancellationToken);
        return await CachedAsync(("figures", requestId, version), ct => ComputeFiguresAsync(requestId, version, ct));
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

    // One computation per key even when 50 requests miss at once; the work runs without the first caller's
    // cancellation, since the others wait on it too, and a failure is not kept.
    private Task<T?> CachedAsync<T>(object key, Func<CancellationToken, Task<T?>> compute)
        where T : class
    {
        var lazy = cache.GetOrCreate(key, entry =>
        {
            entry.SlidingExpiration = CacheIdle;
            return new Lazy<Task<T?>>(() => compute(CancellationToken.None));
        })!;
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            cache.Remove(key);
        }

        return task;
    }

    // Everything of the dashboard but the states, which depend on the clock.
    private async Task<DashboardFacts?> DashboardFactsAsync(int requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var units = await ExpectedUnitsAsync(request, cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.RequestId == requestId)
            .Select(s => new { s.Id, s.UnitId, s.ReceivedAtUtc, s.State }).ToListAsync(cancellationToken);
        var byUnit = submissions.ToLookup(s => s.UnitId);
        var rows = units.Select(u =>
        {
            var mine = byUnit[u.Id].OrderBy(s => s.Id).ToList();
            DateTime? first = mine.Count == 0 ? null : mine.Min(s => s.ReceivedAtUtc);
            return new UnitStatusRow(u, ReportingState.NotYetDue, first, mine.Count, mine.LastOrDefault()?.Id, mine.LastOrDefault()?.State);
        }).ToList();
        return new DashboardFacts(request, rows);
    }

    private async Task<RequestFigures?> ComputeFiguresAsync(int requestId, long version, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(requestId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var (request, indicators, units) = scope.Value;
        // The database picks each unit's counting value per indicator; only those narrow rows come back.
        var byKey = (await BestValuesAsync(requestId, cancellationToken)).ToLookup(v => v.IndicatorKey);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var figures = indicators.Select(i => new IndicatorFigure(
            i,
            Aggregator.Aggregate(i.Aggregate, Figures(byKey[i.Key], ValueKind.Actual, names)),
            Aggregator.Aggregate(i.Aggregate, Figures(byKey[i.Key], ValueKind.Target, names)))).ToList();
        return new RequestFigures(requestId, request.PeriodLabel, figures, version);
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
        var units = await db.Units.AsNoTrackingWithIdentityResolution().Include(u => u.Parent)
            .Where(u => db.RequestRecipients.Any(r => r.RequestId == request.Id && r.UnitId == u.Id)).ToListAsync(cancellationToken);
        var periodStart = request.PeriodFrom ?? deadlineDay;
        return units.Where(u => ReportingStatus.IsExpected(u.OpenedOn, u.ClosedOn, periodStart, deadlineDay)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    }

    // Values of each unit's latest processed submission, rejected ones left out.
    private Task<List<ReportedValue>> CountingValuesAsync(int requestId, CancellationToken cancellationToken) =>
        db.Values.AsNoTracking()
            .Where(v => v.RequestId == requestId && v.Review != ReviewState.Rejected)
            .Where(v => !db.Submissions.Any(s => s.RequestId == requestId && s.UnitId == v.UnitId && s.State == ProcessingState.Done && s.Id > v.SubmissionId))
            .ToListAsync(cancellationToken);

    // The same choice as CountingValuesAsync + Best, made by the database (window functions exist in both
    // SQLite and PostgreSQL): per unit, indicator and kind the reviewed, then most confident, then first value.
    private async Task<List<BestValue>> BestValuesAsync(int requestId, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<BestValueRow>($"""
            WITH latest AS (
                SELECT "UnitId", MAX("Id") AS "Id" FROM "Submissions"
                WHERE "RequestId" = {requestId} AND "State" = 'Done' GROUP BY "UnitId"),
            ranked AS (
                SELECT v."UnitId", v."IndicatorKey", v."Kind",
                       CASE WHEN v."Review" = 'Corrected' THEN v."CorrectedValue" ELSE v."Value" END AS "Value",
                       v."Numerator", v."Denominator",
                       ROW_NUMBER() OVER (PARTITION BY v."UnitId", v."IndicatorKey", v."Kind"
                           ORDER BY CASE WHEN v."Review" = 'Auto' THEN 1 ELSE 0 END, v."Confidence" DESC, v."Id") AS "Rank"
                FROM "Values" v LEFT JOIN latest l ON l."UnitId" = v."UnitId"
                WHERE v."RequestId" = {requestId} AND v."Review" <> 'Rejected' AND v."SubmissionId" >= COALESCE(l."Id", 0))
            SELECT "UnitId", "IndicatorKey", "Kind", "Value", "Numerator", "Denominator" FROM ranked WHERE "Rank" = 1
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new BestValue(r.UnitId, r.IndicatorKey, Enum.Parse<ValueKind>(r.Kind), r.Value, r.Numerator, r.Denominator)).ToList();
    }

    private static Dictionary<(int UnitId, string Key), ReportedValue> Best(IEnumerable<ReportedValue> values, ValueKind kind) =>
        values.Where(v => v.Kind == kind)
            .GroupBy(v => (v.UnitId, v.IndicatorKey))
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(v => v.Review != ReviewState.Auto).ThenByDescending(v => v.Confidence).ThenBy(v => v.Id).First());

    private static List<UnitFigure> Figures(IEnumerable<BestValue> values, ValueKind kind, Dictionary<int, string> names) =>
        values.Where(v => v.Kind == kind && v.Value is not null && names.ContainsKey(v.UnitId))
            .Select(v => new UnitFigure(v.UnitId, names[v.UnitId], v.Value!.Value, v.Numerator, v.Denominator))
            .ToList();

    private sealed record DashboardFacts(ReportRequest Request, List<UnitStatusRow> Units);

    private readonly record struct BestValue(int UnitId, string IndicatorKey, ValueKind Kind, decimal? Value, decimal? Numerator, decimal? Denominator);

    // Column names of the SQL above; Kind is stored as its name.
    private sealed record BestValueRow(int UnitId, string IndicatorKey, string Kind, decimal? Value, decimal? Numerator, decimal? Denominator);
}
