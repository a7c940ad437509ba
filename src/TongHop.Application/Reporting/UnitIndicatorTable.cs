using TongHop.Storage.Entities;

namespace TongHop.Application.Reporting;

/// <summary>Units × indicators: the value that counts for each cell (reviewed first), null where none.</summary>
public sealed record UnitIndicatorTable(
    ReportRequest Request,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyDictionary<(int UnitId, string Key), ReportedValue> Cells)
{
    public decimal? ValueAt(int unitId, string key) => Cells.TryGetValue((unitId, key), out var v) ? v.EffectiveValue : null;
}
