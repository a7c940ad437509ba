using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TongHop.Application.Catalog;
using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Aggregation;
using TongHop.Synthesis.Reporting;

namespace TongHop.Application.Reporting;

/// <summary>
/// Reads what the dashboard, the province figures and the units × indicators table show. The values are those
/// that count (<see cref="CountingValues"/>: each unit's latest processed submission, rejected ones left out, a
/// reviewed one first, then the most confident).
/// What the dashboard and the figures computed is cached under the database's <see cref="DataStamp"/>
/// version: any saved change moves the version on, so a page never shows data older than its request;
/// only the time-dependent part (on time, late, missing at this minute) is worked out on every request.
/// </summary>
public sealed class ReportingQueries(TongHopDbContext db, TimeProvider clock, IMemoryCache cache, CurrentCatalog catalogs)
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
        // A unit given an extension (gia hạn) is judged by its own deadline.
        var rows = facts.Units.Select(u => u with { State = ReportingStatus.Of(facts.Extended.GetValueOrDefault(u.Unit.Id, facts.Request.DeadlineUtc), u.FirstReceivedUtc, now) }).ToList();
        return new RequestDashboard(facts.Request, rows, ReportingRates.From(rows.Select(r => r.State)), now, version) { Review = facts.Review };
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

        var (request, catalog, indicators, units) = scope.Value;
        var cells = (await CountingValues.OfRequestAsync(db, requestId, cancellationToken))
            .Where(v => v.Kind == ValueKind.Actual).ToDictionary(v => (v.UnitId, v.IndicatorKey));
        return new UnitIndicatorTable(request, catalog.Groups, indicators, units, cells);
    }

    // One computation per key even when 50 requests miss at once; the work runs without the first caller's
    // cancellation, since the others wait on it too, and a failure is not kept.
    // Also the trends' cache (TrendQueries): one mechanism for everything cached under the data version.
    internal Task<T?> CachedAsync<T>(object key, Func<CancellationToken, Task<T?>> compute)
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
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.RequestId == requestId && s.WithdrawnAtUtc == null)
            .Select(s => new { s.Id, s.UnitId, s.ReceivedAtUtc, s.State, s.Review }).ToListAsync(cancellationToken);
        var extended = await db.RequestRecipients.AsNoTracking().Where(r => r.RequestId == requestId && r.DeadlineUtc != null)
            .ToDictionaryAsync(r => r.UnitId, r => r.DeadlineUtc!.Value, cancellationToken);
        var byUnit = submissions.ToLookup(s => s.UnitId);
        var rows = units.Select(u =>
        {
            var mine = byUnit[u.Id].OrderBy(s => s.Id).ToList();
            DateTime? first = mine.Count == 0 ? null : mine.Min(s => s.ReceivedAtUtc);
            return new UnitStatusRow(u, ReportingState.NotYetDue, first, mine.Count, mine.LastOrDefault()?.Id, mine.LastOrDefault()?.State, mine.LastOrDefault()?.Review);
        }).ToList();
        return new DashboardFacts(request, rows, extended, await ReviewProgressAsync(requestId, rows, cancellationToken));
    }

    private async Task<RequestFigures?> ComputeFiguresAsync(int requestId, long version, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(requestId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var (request, _, indicators, units) = scope.Value;
        // The database picks each unit's counting value per indicator; only those narrow rows come back.
        var byKey = (await CountingValues.OfRequestAsync(db, requestId, cancellationToken)).ToLookup(v => v.IndicatorKey);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var figures = indicators.Select(i => new IndicatorFigure(
            i,
            Aggregator.Aggregate(i.Aggregate, Figures(byKey[i.Key], ValueKind.Actual, names)),
            Aggregator.Aggregate(i.Aggregate, Figures(byKey[i.Key], ValueKind.Target, names)))).ToList();
        return new RequestFigures(requestId, request.PeriodLabel, figures, version);
    }

    // The request, the catalog, the indicators it asks for (all of the catalog when it names none) and its expected units.
    internal async Task<(ReportRequest Request, IndicatorCatalog Catalog, List<IndicatorDefinition> Indicators, List<OrgUnit> Units)?> ScopeAsync(int requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Indicators).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var catalog = await catalogs.GetAsync(db, cancellationToken);
        return (request, catalog, Asked(catalog, request.Indicators.Select(i => i.IndicatorKey).ToList()), await ExpectedUnitsAsync(request, cancellationToken));
    }

    /// <summary>The indicators a request asks for, in catalog order: those it names, or the whole catalog when it names none.</summary>
    public static List<IndicatorDefinition> Asked(IndicatorCatalog catalog, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(keys);
        return [.. catalog.Indicators.Where(i => keys.Count == 0 || keys.Contains(i.Key))];
    }

    private async Task<List<OrgUnit>> ExpectedUnitsAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var deadlineDay = request.Deadline.LocalDay;
        var units = await db.Units.AsNoTrackingWithIdentityResolution().Include(u => u.Parent)
            .Where(u => db.RequestRecipients.Any(r => r.RequestId == request.Id && r.UnitId == u.Id)).ToListAsync(cancellationToken);
        var periodStart = request.PeriodFrom ?? deadlineDay;
        return units.Where(u => ReportingStatus.IsExpected(u.OpenedOn, u.ClosedOn, periodStart, deadlineDay)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    }

    private static List<UnitFigure> Figures(IEnumerable<CountingValue> values, ValueKind kind, Dictionary<int, string> names) =>
        values.Where(v => v.Kind == kind && v.Value is not null && names.ContainsKey(v.UnitId))
            .Select(v => new UnitFigure(v.UnitId, names[v.UnitId], v.Value!.Value, v.Numerator, v.Denominator))
            .ToList();

    // Values of each unit's latest report: how many, and how many a reviewer has looked at; one grouped query.
    private async Task<ReviewProgress> ReviewProgressAsync(int requestId, List<UnitStatusRow> rows, CancellationToken cancellationToken)
    {
        var latest = rows.Where(r => r.LatestSubmissionId is not null).Select(r => r.LatestSubmissionId!.Value).ToHashSet();
        var counts = await db.Values.AsNoTracking().Where(v => v.RequestId == requestId)
            .GroupBy(v => new { v.SubmissionId, Reviewed = v.Review != ReviewState.Auto })
            .Select(g => new { g.Key.SubmissionId, g.Key.Reviewed, Count = g.Count() }).ToListAsync(cancellationToken);
        var mine = counts.Where(c => latest.Contains(c.SubmissionId)).ToList();
        return ReviewProgress.From([.. rows.Where(r => r.LatestReview is not null).Select(r => r.LatestReview!.Value)],
            mine.Sum(c => c.Count), mine.Where(c => c.Reviewed).Sum(c => c.Count));
    }

    private sealed record DashboardFacts(ReportRequest Request, List<UnitStatusRow> Units, Dictionary<int, DateTime> Extended, ReviewProgress Review);
}
