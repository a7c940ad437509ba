using Microsoft.EntityFrameworkCore;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;

namespace TongHop.Application.Reporting.Trends;

/// <summary>
/// Trends of a request's figures (<see cref="ComparablePeriods"/>): each indicator's province figure against the previous
/// request of the same kind and the same period a year earlier, its series over up to <see cref="ComparablePeriods.SeriesLength"/>
/// periods, and each unit's value in the previous request and a year earlier. The figures of every request come from
/// <see cref="ReportingQueries.FiguresAsync"/>, cached under the data version like the page's own.
/// </summary>
public sealed class TrendQueries(TongHopDbContext db, ReportingQueries queries)
{
    /// <summary>
    /// The trends of <paramref name="requestId"/>, cached under the data version (<see cref="TongHopDbContext.DataVersionAsync"/>)
    /// like the figures they compare: while no report, value or request changes, a page asks the database one
    /// primary-key lookup. At national scale (3,321 units, 8 periods) they were computed on every page.
    /// </summary>
    /// <param name="withUnits">Also read each unit's value in the previous request (the units × indicators table).</param>
    public async Task<RequestTrends?> TrendsAsync(int requestId, bool withUnits = false, CancellationToken cancellationToken = default) =>
        await TrendsAtAsync(requestId, await db.DataVersionAsync(cancellationToken), withUnits);

    /// <summary>
    /// The trends at a data version the caller has just read, e.g. its figures' <see cref="RequestFigures.DataVersion"/>:
    /// a page showing both asks the database for the version once, and both are of the same version.
    /// </summary>
    public Task<RequestTrends?> TrendsAtAsync(int requestId, long version, bool withUnits = false) =>
        queries.CachedAsync(("trends", requestId, withUnits, version), ct => ComputeAsync(requestId, withUnits, version, ct));

    private async Task<RequestTrends?> ComputeAsync(int requestId, bool withUnits, long version, CancellationToken cancellationToken)
    {
        var all = (await db.Requests.AsNoTracking().Where(r => r.PeriodFrom != null && r.PeriodTo != null)
                .Select(r => new { r.Id, r.PeriodLabel, r.PeriodFrom, r.PeriodTo }).ToListAsync(cancellationToken))
            .Select(r => new PeriodRequest(r.Id, r.PeriodLabel, r.PeriodFrom!.Value, r.PeriodTo!.Value)).ToList();
        var figures = await queries.FiguresAtAsync(requestId, version);
        if (figures is null)
        {
            return null;
        }

        var current = all.SingleOrDefault(r => r.Id == requestId);
        if (current is null)
        {
            return new RequestTrends(requestId, null, null, [], new Dictionary<string, IndicatorTrend>(), new Dictionary<(int, string), decimal?>());
        }

        var previous = ComparablePeriods.Previous(current, all);
        var yearAgo = ComparablePeriods.YearAgo(current, all);
        var series = ComparablePeriods.Series(current, all);
        var seriesFigures = new List<RequestFigures>();
        foreach (var request in series)
        {
            seriesFigures.Add(request.Id == requestId ? figures : (await queries.FiguresAtAsync(request.Id, version))!);
        }

        var previousFigures = previous is null ? null : await queries.FiguresAtAsync(previous.Id, version);
        var yearAgoFigures = yearAgo is null ? null : await queries.FiguresAtAsync(yearAgo.Id, version);
        var byKey = new Dictionary<string, IndicatorTrend>();
        foreach (var figure in figures.Figures)
        {
            var key = figure.Indicator.Key;
            var percent = figure.Indicator.Unit == MeasureUnit.Percent;
            byKey[key] = new IndicatorTrend(
                key,
                previous is null ? null : Comparison.Of(previous.Id, previous.PeriodLabel, figure.Actual.Value, ValueOf(previousFigures, key), percent),
                yearAgo is null ? null : Comparison.Of(yearAgo.Id, yearAgo.PeriodLabel, figure.Actual.Value, ValueOf(yearAgoFigures, key), percent),
                seriesFigures.Select(f => ValueOf(f, key)).ToList());
        }

        var byUnit = previous is null || !withUnits ? [] : await UnitValuesAsync(previous.Id, cancellationToken);
        var yearAgoByUnit = yearAgo is null || !withUnits ? [] : yearAgo.Id == previous?.Id ? byUnit : await UnitValuesAsync(yearAgo.Id, cancellationToken);
        return new RequestTrends(requestId, previous, yearAgo, series, byKey, byUnit) { YearAgoByUnit = yearAgoByUnit };
    }

    private async Task<Dictionary<(int, string), decimal?>> UnitValuesAsync(int requestId, CancellationToken cancellationToken) =>
        (await CountingValues.OfRequestAsync(db, requestId, cancellationToken)).Where(v => v.Kind == ValueKind.Actual)
            .GroupBy(v => (v.UnitId, v.IndicatorKey)).ToDictionary(g => g.Key, g => g.First().Value);

    private static decimal? ValueOf(RequestFigures? figures, string key) =>
        figures?.Figures.FirstOrDefault(f => f.Indicator.Key == key)?.Actual.Value;
}
