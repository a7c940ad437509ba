using Microsoft.EntityFrameworkCore;
using TongHop.Search.Results;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Search.Querying;

/// <summary>
/// Answers an <see cref="IndicatorCondition"/> from the stored reported values (not from the text index): the
/// key must be in the catalog; rejected values never match; the caller's scope and the unit/request filters are
/// part of the database query. The comparison itself runs on the rows of that key (decimal comparison is not
/// portable between SQLite and PostgreSQL), newest submission first.
/// </summary>
public static class IndicatorValueSearch
{
    public sealed record Outcome(string? Error, int Total, IReadOnlyList<IndicatorHit> Hits);

    public static async Task<Outcome> RunAsync(
        TongHopDbContext db, IndicatorCondition condition, SearchFilters filters, SearchScope scope, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(filters);
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Key == condition.Key, cancellationToken);
        if (indicator is null)
        {
            var known = await db.Indicators.AsNoTracking().OrderBy(i => i.Key).Select(i => i.Key).ToListAsync(cancellationToken);
            return new Outcome($"Unknown indicator key '{condition.Key}'. Known keys: {string.Join(", ", known)}.", 0, []);
        }

        if (scope.IsNothing)
        {
            return new Outcome(null, 0, []);
        }

        var rows = await Rows(db, condition.Key, filters, scope).ToListAsync(cancellationToken);
        var matching = rows.Where(r => r.Value.EffectiveValue is { } v && condition.Matches(v)).ToList();
        var hits = matching.Take(Math.Clamp(limit, 1, TextSearch.MaxLimit)).Select(r => new IndicatorHit(
            r.Value.Id, r.Value.SubmissionId, r.Value.UnitId, r.UnitCode, r.UnitName, r.Value.RequestId, r.RequestTitle, indicator.Key, indicator.Name,
            r.Value.EffectiveValue!.Value, r.Value.MeasureUnit, r.Value.Evidence, r.Value.SpanStart, r.Value.SpanEnd)).ToList();
        return new Outcome(null, matching.Count, hits);
    }

    private sealed record Row(ReportedValue Value, string UnitCode, string UnitName, string RequestTitle);

    private static IQueryable<Row> Rows(TongHopDbContext db, string key, SearchFilters filters, SearchScope scope)
    {
        var values = db.Values.AsNoTracking().Where(v => v.IndicatorKey == key && v.Review != ReviewState.Rejected);
        if (scope.UnitId is { } unitId)
        {
            values = values.Where(v => v.UnitId == unitId);
        }

        if (filters.RequestId is { } requestId)
        {
            values = values.Where(v => v.RequestId == requestId);
        }

        var rows = from v in values
                   join u in db.Units on v.UnitId equals u.Id
                   join r in db.Requests on v.RequestId equals r.Id
                   orderby v.SubmissionId descending, v.SpanStart
                   select new Row(v, u.Code, u.Name, r.Title);
        return filters.UnitCode is { Length: > 0 } code ? rows.Where(r => r.UnitCode == code) : rows;
    }
}
