using System.Collections.Immutable;
using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators.Catalog;
using Row = TongHop.Storage.Entities.IndicatorRecord;

namespace TongHop.Application.Catalog;

/// <summary>
/// The extractor's catalog as the administrators keep it in the database: the database's indicators, each
/// with its shipped reading data (phrasings, unit words, exclusions, cues) where the key is shipped, plus the
/// phrasings written in the admin page (one a line, catalog syntax: terms joined by " + ", "~term" may be in
/// the sentences before). An indicator added in the admin page is read by its phrasings alone.
/// </summary>
public static class DatabaseCatalog
{
    public static IndicatorCatalog Build(IndicatorCatalog shipped, IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        return shipped.WithIndicators(rows.Select(row => Definition(shipped, row)));
    }

    /// <summary>The phrasings an administrator wrote, one a line; blank lines are skipped.</summary>
    public static ImmutableArray<IndicatorPhrasing> Phrasings(string? lines) =>
        [.. (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(IndicatorPhrasing.Parse).Where(p => p.Terms.Length > 0)];

    private static IndicatorDefinition Definition(IndicatorCatalog shipped, Row row)
    {
        var added = Phrasings(row.Examples);
        if (shipped.ByKey.TryGetValue(row.Key, out var known))
        {
            var phrasings = known.Phrasings.Concat(added.Where(p => !known.Phrasings.Any(k => k.Text == p.Text)));
            return known with { Name = row.Name, Aggregate = row.Aggregate, Phrasings = [.. phrasings] };
        }

        return new IndicatorDefinition(
            row.Key, row.Group, row.Name, row.Unit, row.IsRatio, row.Aggregate, row.Definition,
            added, [], false, [], false, ValueKind.Actual, false);
    }
}
