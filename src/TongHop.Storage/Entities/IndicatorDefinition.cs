using TongHop.Synthesis.Aggregation;

namespace TongHop.Storage.Entities;

/// <summary>
/// An indicator of the catalog, editable by administrators: a new indicator or phrasing (one phrasing in the
/// catalog's syntax per line of <see cref="Examples"/>) is data, not a deploy; the web jobs' extractor reads it.
/// </summary>
public sealed class IndicatorDefinition
{
    /// <summary>Stable key, e.g. <c>online_dossier_rate</c>.</summary>
    public required string Key { get; set; }

    public required string Group { get; set; }

    public required string Name { get; set; }

    /// <summary>percent, count, vnd, people or km2.</summary>
    public required string Unit { get; set; }

    public bool IsRatio { get; set; }

    public AggregateMethod Aggregate { get; set; }

    public string Definition { get; set; } = "";

    /// <summary>Phrasings added by administrators, one per line ("trạm sạc + xe điện"), read besides the shipped ones.</summary>
    public string Examples { get; set; } = "";

    public int SortOrder { get; set; }
}
