using Microsoft.EntityFrameworkCore;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Catalog;

/// <summary>
/// Seeds the database's catalog from a typed <see cref="IndicatorCatalog"/> (the shipped one at start). Import only
/// adds keys the database lacks: an administrator's edits are never overwritten by a later start.
/// </summary>
public static class CatalogImporter
{
    /// <summary>The database rows of <paramref name="catalog"/>'s indicators, in catalog order.</summary>
    public static IReadOnlyList<IndicatorRecord> Records(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Indicators.Select((d, order) => Record(d, order))];
    }

    public static async Task<int> ImportAsync(TongHopDbContext db, IndicatorCatalog catalog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.Indicators.Select(i => i.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        var added = Records(catalog).Where(i => !existing.Contains(i.Key)).ToList();
        db.Indicators.AddRange(added);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added.Count;
    }

    // The shipped phrasings stay in the catalog file; Examples holds only what administrators add.
    private static IndicatorRecord Record(IndicatorDefinition d, int order) => new()
    {
        Key = d.Key,
        Group = d.Group,
        Name = d.Name,
        Unit = d.Unit,
        IsRatio = d.IsRatio,
        Aggregate = d.Aggregate,
        Definition = d.Definition,
        SortOrder = order,
    };
}
