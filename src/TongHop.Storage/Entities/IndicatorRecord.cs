using TongHop.Core.Indicators;

namespace TongHop.Storage.Entities;

/// <summary>
/// The database's copy of a catalog indicator (seeded from the shipped catalog, then kept by administrators): a new
/// indicator or phrasing (one phrasing in the catalog's syntax per line of <see cref="Examples"/>) is data, not a
/// deploy; the jobs' extractor reads it. The catalog as the application uses it is this row over the shipped
/// <c>IndicatorDefinition</c> of the same key (Application/Catalog/DatabaseCatalog).
/// </summary>
public sealed class IndicatorRecord
{
    /// <summary>Stable key, e.g. <c>online_dossier_rate</c>.</summary>
    public required string Key { get; set; }

    public required string Group { get; set; }

    public required string Name { get; set; }

    /// <summary>What the values measure (stored by its code: percent, count, vnd, people, km2).</summary>
    public MeasureUnit Unit { get; set; }

    public bool IsRatio { get; set; }

    public AggregateMethod Aggregate { get; set; }

    public string Definition { get; set; } = "";

    /// <summary>Phrasings added by administrators, one per line ("trạm sạc + xe điện"), read besides the shipped ones.</summary>
    public string Examples { get; set; } = "";

    public int SortOrder { get; set; }
}
