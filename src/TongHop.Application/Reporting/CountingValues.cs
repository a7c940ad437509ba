using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Reporting;

/// <summary>A unit's value that counts for one indicator and kind (<see cref="CountingRule"/>): the effective value (a correction wins).</summary>
/// <param name="Id">The stored value's id.</param>
/// <param name="Reviewed">Whether a reviewer confirmed or corrected it.</param>
public sealed record CountingValue(
    long Id, int UnitId, string IndicatorKey, ValueKind Kind, decimal? Value, decimal? Numerator, decimal? Denominator, bool Reviewed, double Confidence);

/// <summary>
/// The one query of "which value counts" (<see cref="CountingRule"/>), read by the dashboard's figures, the units ×
/// indicators table and the synthesis loader: per unit, indicator and kind, of the values of the unit's latest
/// processed submission that are not rejected, the reviewed one, then the most confident, then the first read. The
/// database picks (a window function, the same SQL on SQLite and PostgreSQL) so only those narrow rows come back;
/// the states it compares are the enums' stored names, passed as parameters. A withdrawn submission never counts.
/// </summary>
public static class CountingValues
{
    public static Task<List<CountingValue>> OfRequestAsync(TongHopDbContext db, int requestId, CancellationToken cancellationToken = default) =>
        OfRequestAsync(db, requestId, null, cancellationToken);

    /// <summary>
    /// The counting values of <paramref name="units"/> only (all units when null): the units × indicators table reads a
    /// page, or its export a slice at a time, so the whole table is never held. The ids are written into the SQL as
    /// numbers (no parameter limit, the same text on both databases).
    /// </summary>
    public static async Task<List<CountingValue>> OfRequestAsync(TongHopDbContext db, int requestId, IReadOnlyCollection<int>? units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (units is { Count: 0 })
        {
            return [];
        }

        var rows = await db.Database.SqlQuery<Row>(Query(requestId, units)).ToListAsync(cancellationToken);
        return rows.Select(r => new CountingValue(r.Id, r.UnitId, r.IndicatorKey, Enum.Parse<ValueKind>(r.Kind), r.Value, r.Numerator, r.Denominator, r.Reviewed != 0, r.Confidence))
            .ToList();
    }

    // Column and state names as the model stores them (states as their enum names: ValueConverter to string).
    private static FormattableString Query(int requestId, IReadOnlyCollection<int>? units) => FormattableStringFactory.Create(
        """
        WITH latest AS (
            SELECT "UnitId", MAX("Id") AS "Id" FROM "Submissions"
            WHERE "RequestId" = {0} AND "State" = {1} AND "WithdrawnAtUtc" IS NULL
        """ + (units is null ? "" : $" AND \"UnitId\" IN ({string.Join(",", units.Select(u => u.ToString(CultureInfo.InvariantCulture)))})") + """
             GROUP BY "UnitId"),
        ranked AS (
            SELECT v."Id", v."UnitId", v."IndicatorKey", v."Kind",
                   CASE WHEN v."Review" = {2} THEN v."CorrectedValue" ELSE v."Value" END AS "Value",
                   v."Numerator", v."Denominator",
                   CASE WHEN v."Review" = {3} THEN 0 ELSE 1 END AS "Reviewed",
                   v."Confidence",
                   ROW_NUMBER() OVER (PARTITION BY v."UnitId", v."IndicatorKey", v."Kind"
                       ORDER BY CASE WHEN v."Review" = {3} THEN 1 ELSE 0 END, v."Confidence" DESC, v."Id") AS "Rank"
            FROM "Values" v JOIN latest l ON l."UnitId" = v."UnitId" AND l."Id" = v."SubmissionId"
            WHERE v."RequestId" = {0} AND v."Review" <> {4})
        SELECT "Id", "UnitId", "IndicatorKey", "Kind", "Value", "Numerator", "Denominator", "Reviewed", "Confidence" FROM ranked WHERE "Rank" = 1
        """,
        requestId,
        nameof(ProcessingState.Done),
        nameof(ReviewState.Corrected),
        nameof(ReviewState.Auto),
        nameof(ReviewState.Rejected));

    // The columns of the query above; Kind is stored as its name.
    private sealed record Row(long Id, int UnitId, string IndicatorKey, string Kind, decimal? Value, decimal? Numerator, decimal? Denominator, int Reviewed, double Confidence);
}
