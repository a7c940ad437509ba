using System.Text;
using Microsoft.EntityFrameworkCore;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage;
using Row = TongHop.Storage.Entities.IndicatorRecord;

namespace TongHop.Application.Catalog;

/// <summary>
/// The indicator catalog as it stands: the shipped catalog's groups and cues with the database's indicators
/// (<see cref="DatabaseCatalog"/>), the one typed catalog that processing, reporting, the synthesis and the pages
/// use. Cached under the data version (<c>DataStamps</c>): while it stands still, one primary-key lookup; when it
/// moves, the catalog rows are read and the catalog is rebuilt only if they changed, so an edit made by any process
/// reaches every process. A database without indicators (none imported) has the shipped catalog. Thread-safe (one
/// immutable entry swapped whole).
/// </summary>
public sealed class CurrentCatalog
{
    private Entry? _entry;

    public async Task<IndicatorCatalog> GetAsync(TongHopDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await db.DataVersionAsync(cancellationToken);
        var entry = Volatile.Read(ref _entry);
        if (entry is not null && entry.Version == version)
        {
            return entry.Catalog;
        }

        var rows = await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Key).ToListAsync(cancellationToken);
        var fingerprint = Fingerprint(rows);
        var catalog = entry is not null && entry.Fingerprint == fingerprint ? entry.Catalog
            : rows.Count == 0 ? IndicatorCatalog.Default
            : DatabaseCatalog.Build(IndicatorCatalog.Default, rows);
        Volatile.Write(ref _entry, new Entry(version, fingerprint, catalog));
        return catalog;
    }

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

    private sealed record Entry(long Version, string Fingerprint, IndicatorCatalog Catalog);
}
