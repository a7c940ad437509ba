using System.Text;
using Microsoft.EntityFrameworkCore;
using TongHop.Extraction.Indicators;
using TongHop.Pipeline;
using TongHop.Storage;
using Row = TongHop.Storage.Entities.IndicatorDefinition;

namespace TongHop.Application.Catalog;

/// <summary>
/// The pipeline the background jobs run: the shipped stages with an indicator extractor built from the database's
/// catalog (<see cref="DatabaseCatalog"/>), so an indicator or phrasing added in the admin page is read by the
/// next job, in every process. Cached under the data version (<c>DataStamps</c>): while it stands still, one
/// primary-key lookup per job; when it moves, the catalog rows are read and the extractor is rebuilt only if
/// they changed. Thread-safe (one immutable entry swapped whole).
/// </summary>
public sealed class CatalogPipeline(ExtractionPipeline shipped)
{
    private Entry? _entry;

    public async Task<ExtractionPipeline> CurrentAsync(TongHopDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await db.DataVersionAsync(cancellationToken);
        var entry = Volatile.Read(ref _entry);
        if (entry is not null && entry.Version == version)
        {
            return entry.Pipeline;
        }

        var rows = await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Key).ToListAsync(cancellationToken);
        var fingerprint = Fingerprint(rows);
        var pipeline = entry is not null && entry.Fingerprint == fingerprint ? entry.Pipeline : Build(rows);
        Volatile.Write(ref _entry, new Entry(version, fingerprint, pipeline));
        return pipeline;
    }

    // A database without a catalog (none imported) reads with the shipped one.
    private ExtractionPipeline Build(List<Row> rows) => rows.Count == 0
        ? shipped
        : shipped.WithIndicators(new IndicatorExtractor(DatabaseCatalog.Build(Extraction.Indicators.Catalog.IndicatorCatalog.Default, rows)));

    private static string Fingerprint(List<Row> rows)
    {
        var text = new StringBuilder();
        foreach (var r in rows)
        {
            text.Append(r.Key).Append('\u001f').Append(r.Group).Append('\u001f').Append(r.Name).Append('\u001f').Append(r.Unit).Append('\u001f')
                .Append(r.IsRatio).Append('\u001f').Append(r.Aggregate).Append('\u001f').Append(r.Definition).Append('\u001f').Append(r.Examples).Append('\u001e');
        }

        return text.ToString();
    }

    private sealed record Entry(long Version, string Fingerprint, ExtractionPipeline Pipeline);
}
