namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>The unit of an indicator's value, as the catalog and the extract contract name it.</summary>
public enum IndicatorUnit
{
    /// <summary>"percent": a share, possibly stated as numerator/denominator.</summary>
    Percent,

    /// <summary>"count": things (stations, computers, documents).</summary>
    Count,

    /// <summary>"people": persons (staff, members, participants, population).</summary>
    People,

    /// <summary>"vnd": money in đồng.</summary>
    Vnd,

    /// <summary>"km2": area in square kilometres.</summary>
    Km2,
}
