using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage.Entities;

namespace TongHop.Application.Reporting;

/// <summary>Units × indicators: the value that counts for each cell (reviewed first), null where none; the catalog's groups name the indicators' groups.</summary>
public sealed record UnitIndicatorTable(
    ReportRequest Request,
    IReadOnlyList<IndicatorGroup> Groups,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyDictionary<(int UnitId, string Key), CountingValue> Cells)
{
    public string GroupTitle(string key) => Groups.FirstOrDefault(g => g.Key == key)?.Title ?? key;

    public decimal? ValueAt(int unitId, string key) => Cells.TryGetValue((unitId, key), out var v) ? v.Value : null;
}
