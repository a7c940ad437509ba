using System.Collections.Immutable;
using System.Text.Json;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>
/// The indicator catalog: product data (shipped as <c>indicator-catalog.json</c>, editable by
/// administrators) loaded into immutable, typed definitions: its groups in report order, its indicators, the
/// cues that tell goals from results. The one reader of the catalog file: the extractor, the database's
/// seeding, the admin page, the synthesis and the web all take the catalog from here. Thread-safe.
/// </summary>
public sealed class IndicatorCatalog
{
    private const string DefaultResource = "TongHop.Extraction.Indicators.indicator-catalog.json";

    private static readonly Lazy<IndicatorCatalog> LazyDefault = new(LoadDefault);

    private IndicatorCatalog(ImmutableArray<IndicatorDefinition> indicators, ImmutableArray<IndicatorGroup> groups, CatalogCues cues)
    {
        Indicators = indicators;
        Groups = groups;
        Cues = cues;
        ByKey = indicators.ToImmutableDictionary(i => i.Key);
        WrittenPhrases = [.. groups.Select(g => g.Title)
            .Concat(indicators.SelectMany(i => i.Phrasings.SelectMany(p => p.WrittenTerms).Prepend(i.Name)))
            .Distinct(StringComparer.Ordinal)];
    }

    public ImmutableArray<IndicatorDefinition> Indicators { get; }

    /// <summary>The groups in report order, with their Vietnamese titles ("ha_tang" → "Hạ tầng số").</summary>
    public ImmutableArray<IndicatorGroup> Groups { get; }

    public CatalogCues Cues { get; }

    public ImmutableDictionary<string, IndicatorDefinition> ByKey { get; }

    /// <summary>
    /// The catalog's words as reports write them, marks kept: the groups' titles, the indicators' names and their
    /// phrasings' terms. The repair starts each English-OCR document with them (<c>VietnameseTextRepairer.WithPhrases</c>),
    /// so an indicator an administrator adds is read back from OCR's garble in its own words.
    /// </summary>
    public ImmutableArray<string> WrittenPhrases { get; }

    /// <summary>A group's title; a key the catalog does not list is its own title.</summary>
    public string GroupTitle(string key) => Groups.FirstOrDefault(g => g.Key == key)?.Title ?? key;

    /// <summary>The catalog TongHop ships.</summary>
    public static IndicatorCatalog Default => LazyDefault.Value;

    /// <summary>
    /// This catalog's groups and cues with other indicators (the definitions an administrator edited in the
    /// database), for an extractor that reads what the catalog says today.
    /// </summary>
    public IndicatorCatalog WithIndicators(IEnumerable<IndicatorDefinition> indicators)
    {
        var list = indicators.ToImmutableArray();
        var duplicate = list.GroupBy(i => i.Key).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new IndicatorCatalog(list, Groups, Cues)
            : throw new ArgumentException($"indicator key '{duplicate.Key}' appears more than once", nameof(indicators));
    }

    /// <summary>Reads a catalog file. A malformed file gives <c>false</c> and the reason, never an exception.</summary>
    public static bool TryParse(string json, out IndicatorCatalog? catalog, out string? error)
    {
        catalog = null;
        try
        {
            var file = JsonSerializer.Deserialize<CatalogFile>(json);
            error = file is null ? "the catalog file is empty" : Validate(file);
            if (error is null && file is not null)
            {
                catalog = Build(file);
            }
        }
        catch (JsonException e)
        {
            error = "the catalog file is not valid JSON: " + e.Message;
        }

        return catalog is not null;
    }

    private static IndicatorCatalog LoadDefault()
    {
        using var stream = typeof(IndicatorCatalog).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return TryParse(reader.ReadToEnd(), out var catalog, out var error)
            ? catalog!
            : throw new InvalidOperationException("The shipped indicator catalog is invalid: " + error);
    }

    private static string? Validate(CatalogFile file)
    {
        var indicators = file.Indicators ?? [];
        var duplicate = indicators.GroupBy(i => i.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return $"indicator key '{duplicate.Key}' appears more than once";
        }

        var bad = indicators.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Key) || !MeasureUnits.TryParse(i.Unit, out _));
        if (bad is not null)
        {
            return $"indicator '{bad.Key}' needs a key and a unit (percent, count, people, vnd, km2)";
        }

        var badAggregate = indicators.FirstOrDefault(i => i.Aggregate is not null && !AggregateMethods.TryParse(i.Aggregate, out _));
        if (badAggregate is not null)
        {
            return $"indicator '{badAggregate.Key}' has an unknown aggregate '{badAggregate.Aggregate}' (sum, mean, ratio_of_sums)";
        }

        var groupsOk = file.Groups is not { } groups || groups.ValueKind == JsonValueKind.Null
            || (groups.ValueKind == JsonValueKind.Object && groups.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String));
        return groupsOk ? null : "groups must be an object of key: title";
    }

    private static IndicatorCatalog Build(CatalogFile file) => new(
        [.. (file.Indicators ?? []).Select(ToDefinition)],
        ReadGroups(file.Groups),
        ToCues(file.Cues));

    private static IndicatorDefinition ToDefinition(IndicatorFile i)
    {
        MeasureUnits.TryParse(i.Unit, out var unit);
        AggregateMethods.TryParse(i.Aggregate ?? "sum", out var aggregate);
        return new IndicatorDefinition(
            i.Key!, i.Group ?? "", i.Name ?? i.Key!, unit, i.Ratio, aggregate, i.Definition ?? "",
            [.. (i.Phrasings ?? []).Select(IndicatorPhrasing.Parse).Where(p => p.Terms.Length > 0)],
            Folded(i.UnitWords),
            i.UnitWordSuffices,
            Folded(i.Exclude),
            i.SumParts,
            i.Kind == "target" ? ValueKind.Target : ValueKind.Actual,
            i.AcceptsRequests,
            i.Highlight ?? true,
            i.Chart,
            [.. (i.UnitWords ?? []).Select(w => VietnameseText.Nfc(w.Trim()).ToLowerInvariant())],
            i.UnitWordRequired);
    }

    // The file's order is the report's order.
    private static ImmutableArray<IndicatorGroup> ReadGroups(JsonElement? groups) =>
        groups is { ValueKind: JsonValueKind.Object } g
            ? [.. g.EnumerateObject().Select(p => new IndicatorGroup(p.Name, p.Value.GetString()!))]
            : [];

    private static CatalogCues ToCues(CueFile? cues) => new(
        Folded(cues?.StrongTarget), Folded(cues?.WeakTarget), Folded(cues?.Actual), Folded(cues?.Request),
        Folded(cues?.TargetSections), Folded(cues?.ActualSections));

    private static ImmutableArray<string> Folded(List<string>? terms) =>
        [.. (terms ?? []).Select(IndicatorPhrasing.Fold).Where(t => t.Length > 0).Distinct()];
}
