using System.Text.Json;
using System.Text.Json.Serialization;

namespace TongHop.Extraction.Indicators.Catalog;

// The catalog file's JSON shape. Kept apart from the typed catalog so that the file can grow fields
// (labels for the web editor, notes) without touching the types the extractor uses.
internal sealed record CatalogFile(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("groups")] JsonElement? Groups,
    [property: JsonPropertyName("cues")] CueFile? Cues,
    [property: JsonPropertyName("indicators")] List<IndicatorFile>? Indicators);

internal sealed record CueFile(
    [property: JsonPropertyName("strongTarget")] List<string>? StrongTarget,
    [property: JsonPropertyName("weakTarget")] List<string>? WeakTarget,
    [property: JsonPropertyName("actual")] List<string>? Actual,
    [property: JsonPropertyName("request")] List<string>? Request,
    [property: JsonPropertyName("targetSections")] List<string>? TargetSections,
    [property: JsonPropertyName("actualSections")] List<string>? ActualSections);

internal sealed record IndicatorFile(
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("group")] string? Group,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("ratio")] bool Ratio,
    [property: JsonPropertyName("aggregate")] string? Aggregate,
    [property: JsonPropertyName("definition")] string? Definition,
    [property: JsonPropertyName("phrasings")] List<string>? Phrasings,
    [property: JsonPropertyName("unitWords")] List<string>? UnitWords,
    [property: JsonPropertyName("unitWordSuffices")] bool UnitWordSuffices,
    [property: JsonPropertyName("unitWordRequired")] bool UnitWordRequired,
    [property: JsonPropertyName("exclude")] List<string>? Exclude,
    [property: JsonPropertyName("sumParts")] bool SumParts,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("acceptsRequests")] bool AcceptsRequests,
    [property: JsonPropertyName("highlight")] bool? Highlight,
    [property: JsonPropertyName("chart")] bool Chart);
