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
        var states = facts.StatesAt(now);
        return new RequestDashboard(facts.Request, states.Units, states.Rates, now, version) { Review = facts.Review, DeadlinesPassed = states.DeadlinesPassed };
    }

    public async Task<RequestFigures?> FiguresAsync(int requestId, CancellationToken cancellationToken = default) =>
        await FiguresAtAsync(requestId, await db.DataVersionAsync(cancellationToken));

    /// <summary>The figures at a data version the caller has just read (the trends read every period's at theirs).</summary>
    internal Task<RequestFigures?> FiguresAtAsync(int requestId, long version) =>
        CachedAsync(("figures", requestId, version), ct => ComputeFiguresAsync(requestId, version, ct));

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

    // Everything of a dashboard at one data version, and its states at the last count of passed deadlines asked for.
    private sealed class DashboardFacts(ReportRequest request, List<UnitStatusRow> units, Dictionary<int, DateTime> extended, ReviewProgress review)
    {
        // The request's deadline and the units' extensions, in order: a unit's state depends on the clock only through
        // whether its own deadline has passed, so equal counts of passed deadlines give equal states.
        private readonly DateTime[] deadlines = [.. extended.Values.Append(request.DeadlineUtc).Distinct().Order()];
        private DashboardStates? last;

        public ReportRequest Request => request;

        public ReviewProgress Review => review;

        // Worked out when a deadline has passed since the last page (or at the first), else the last states again:
        // at national scale (3,321 units) this was done on every page.
        public DashboardStates StatesAt(DateTime now)
        {
            var found = Array.BinarySearch(deadlines, now);
            var passed = found >= 0 ? found : ~found; // a deadline equal to now has not passed (ReportingStatus.Of)
            var known = Volatile.Read(ref last);
            if (known?.DeadlinesPassed == passed)
            {
                return known;
            }

            // A unit given an extension (gia hạn) is judged by its own deadline.
            var rows = units.Select(u => u with { State = ReportingStatus.Of(extended.GetValueOrDefault(u.Unit.Id, request.DeadlineUtc), u.FirstReceivedUtc, now) }).ToList();
            var states = new DashboardStates(rows, ReportingRates.From(rows.Select(r => r.State)), passed);
            Volatile.Write(ref last, states);
            return states;
        }
    }

    private sealed record DashboardStates(IReadOnlyList<UnitStatusRow> Units, ReportingRates Rates, int DeadlinesPassed);
}
