using TongHop.Application.Reporting.Trends;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage.Entities;

namespace TongHop.Application.Reporting;

/// <summary>
/// Units × indicators: the value that counts for each cell (reviewed first), null where none; the catalog's groups name the
/// indicators' groups. With <see cref="Trends"/> (read with each unit's earlier values), each cell is also compared with the
/// unit's value in the previous request of the kind and a year earlier.
/// </summary>
public sealed record UnitIndicatorTable(
    ReportRequest Request,
    IReadOnlyList<IndicatorGroup> Groups,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyDictionary<(int UnitId, string Key), CountingValue> Cells)
{
    public string GroupTitle(string key) => Groups.FirstOrDefault(g => g.Key == key)?.Title ?? key;

    public RequestTrends? Trends { get; init; }

    public decimal? ValueAt(int unitId, string key) => Cells.TryGetValue((unitId, key), out var v) ? v.Value : null;

    /// <summary>The cell against the unit's value in the previous request; null without one.</summary>
    public Comparison? PreviousAt(int unitId, IndicatorDefinition indicator) =>
        Trends?.PreviousOf(unitId, indicator.Key, ValueAt(unitId, indicator.Key), indicator.Unit == MeasureUnit.Percent);

    /// <summary>The cell against the unit's value a year earlier; null without such a request.</summary>
    public Comparison? YearAgoAt(int unitId, IndicatorDefinition indicator) =>
        Trends?.YearAgoOf(unitId, indicator.Key, ValueAt(unitId, indicator.Key), indicator.Unit == MeasureUnit.Percent);
}
