using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Aggregation;

namespace TongHop.Storage.Catalog;

/// <summary>
/// Loads indicators from a catalog in the shape of <c>spec/indicators.json</c>. Import only adds keys the
/// database lacks: an administrator's edits are never overwritten by a later start.
/// </summary>
public static class CatalogImporter
{
    /// <summary>
    /// The catalog TongHop ships (41 indicators of Resolution 57-NQ/TW monitoring): the extractor's own catalog
    /// file, so the database and the extractor start from one copy.
    /// </summary>
    public static Stream OpenDefault() =>
        typeof(TongHop.Extraction.Indicators.Catalog.IndicatorCatalog).Assembly
            .GetManifestResourceStream("TongHop.Extraction.Indicators.indicator-catalog.json")
        ?? throw new InvalidOperationException("embedded catalog missing");

    public static IReadOnlyList<IndicatorDefinition> Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var list = new List<IndicatorDefinition>();
        foreach (var item in document.RootElement.GetProperty("indicators").EnumerateArray())
        {
            list.Add(ToDefinition(item, list.Count));
        }

        return list;
    }

    public static async Task<int> ImportAsync(TongHopDbContext db, Stream json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.Indicators.Select(i => i.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        var added = Parse(json).Where(i => !existing.Contains(i.Key)).ToList();
        db.Indicators.AddRange(added);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added.Count;
    }

    private static IndicatorDefinition ToDefinition(JsonElement item, int order)
    {
        AggregateMethods.TryParse(Text(item, "aggregate"), out var aggregate);
        var examples = item.TryGetProperty("examples", out var e) && e.ValueKind == JsonValueKind.Array
            ? string.Join('\n', e.EnumerateArray().Select(x => x.GetString()))
            : "";
        return new IndicatorDefinition
        {
            Key = Text(item, "key") ?? throw new JsonException("indicator without key"),
            Group = Text(item, "group") ?? "",
            Name = Text(item, "name") ?? "",
            Unit = Text(item, "unit") ?? "count",
            IsRatio = item.TryGetProperty("ratio", out var r) && r.ValueKind == JsonValueKind.True,
            Aggregate = aggregate,
            Definition = Text(item, "definition") ?? "",
            Examples = examples,
            SortOrder = order,
        };
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
