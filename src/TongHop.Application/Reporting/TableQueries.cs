using System.Runtime.CompilerServices;
using TongHop.Application.Reporting.Trends;
using TongHop.Core.Extraction;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Text.Normalization;

namespace TongHop.Application.Reporting;

/// <summary>
/// The units × indicators table a part at a time, so that neither the page nor an export holds the whole of it (at
/// national scale 3,321 units × 41 indicators, each beside two earlier values: 400,000 cells). The frame
/// (<see cref="FrameAsync"/>: request, indicators, expected units in code order, the requests compared with) is small;
/// the cells of a page (<see cref="PageAsync"/>) or of each slice of <see cref="SliceSize"/> units (<see cref="SlicesAsync"/>,
/// for the exports) are read with the counting-values query limited to those units, for this request and the two it is
/// compared with.
/// </summary>
public sealed class TableQueries(TongHopDbContext db, ReportingQueries queries, TrendQueries trends)
{
    /// <summary>Units a page of the table shows.</summary>
    public const int PageSize = 100;

    /// <summary>Units an export reads at once.</summary>
    public const int SliceSize = 250;

    /// <summary>The table without cells (every expected unit, no value), or null when there is no such request.</summary>
    public async Task<UnitIndicatorTable?> FrameAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var scope = await queries.ScopeAsync(requestId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var (request, catalog, indicators, units) = scope.Value;
        var compared = await trends.TrendsAsync(requestId, withUnits: false, cancellationToken);
        return new UnitIndicatorTable(request, catalog.Groups, indicators, units, new Dictionary<(int, string), CountingValue>()) { Trends = compared };
    }

    /// <summary>
    /// Page <paramref name="page"/> (from 1; a page past the end gives the last) of the units whose name or code contains
    /// <paramref name="filter"/> (diacritics and case aside), with their cells and earlier values.
    /// </summary>
    public async Task<TablePage> PageAsync(UnitIndicatorTable frame, int page, string? filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var key = string.IsNullOrWhiteSpace(filter) ? null : VietnameseText.FoldLower(filter.Trim());
        var matching = key is null
            ? frame.Units
            : [.. frame.Units.Where(u => VietnameseText.FoldLower(u.Name).Contains(key, StringComparison.Ordinal) || VietnameseText.FoldLower(u.Code).Contains(key, StringComparison.Ordinal))];
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var shown = Math.Clamp(page, 1, pages);
        var units = matching.Skip((shown - 1) * PageSize).Take(PageSize).ToList();
        return new TablePage(await SliceAsync(frame, units, cancellationToken), shown, pages, matching.Count, frame.Units.Count, key is null ? null : filter!.Trim());
    }

    /// <summary>The whole table as parts of <see cref="SliceSize"/> units in the frame's order, each read when asked for.</summary>
    public async IAsyncEnumerable<UnitIndicatorTable> SlicesAsync(UnitIndicatorTable frame, int sliceSize = SliceSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(sliceSize, 1);
        foreach (var units in frame.Units.Chunk(sliceSize))
        {
            yield return await SliceAsync(frame, units, cancellationToken);
        }
    }

    // The frame limited to these units, with their cells, and their values in the requests compared with.
    private async Task<UnitIndicatorTable> SliceAsync(UnitIndicatorTable frame, IReadOnlyList<OrgUnit> units, CancellationToken cancellationToken)
    {
        var ids = units.Select(u => u.Id).ToList();
        var cells = (await CountingValues.OfRequestAsync(db, frame.Request.Id, ids, cancellationToken))
            .Where(v => v.Kind == ValueKind.Actual).ToDictionary(v => (v.UnitId, v.IndicatorKey));
        var compared = frame.Trends;
        if (compared is not null)
        {
            var previous = compared.Previous is { } p ? await ValuesAsync(p.Id, ids, cancellationToken) : [];
            var yearAgo = compared.YearAgo is { } y ? y.Id == compared.Previous?.Id ? previous : await ValuesAsync(y.Id, ids, cancellationToken) : [];
            compared = compared with { PreviousByUnit = previous, YearAgoByUnit = yearAgo };
        }

        return frame with { Units = units, Cells = cells, Trends = compared };
    }

    private async Task<Dictionary<(int, string), decimal?>> ValuesAsync(int requestId, List<int> units, CancellationToken cancellationToken) =>
        (await CountingValues.OfRequestAsync(db, requestId, units, cancellationToken)).Where(v => v.Kind == ValueKind.Actual)
            .GroupBy(v => (v.UnitId, v.IndicatorKey)).ToDictionary(g => g.Key, g => g.First().Value);
}

/// <summary>A page of the units × indicators table: its units and cells, which page of how many, how many units match the filter of how many.</summary>
public sealed record TablePage(UnitIndicatorTable Table, int Page, int Pages, int Matching, int Total, string? Filter);
