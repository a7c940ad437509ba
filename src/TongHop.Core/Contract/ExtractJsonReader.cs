using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Core.Text;

namespace TongHop.Core.Contract;

/// <summary>
/// Reads the JSON of the extract contract (docs/extract-output.md), as <see cref="ExtractJsonWriter"/> writes it and
/// the database keeps it for every processed submission, back into an <see cref="ExtractionResult"/>: what the
/// writer writes, the reader reads (writing a read result gives the same JSON). A part that is missing (JSON stored
/// by an older version, a test's partial JSON) reads as absent; JSON that is not the contract's shape is refused.
/// The source's own text is not in the contract; <see cref="SourceText.Text"/> reads as empty.
/// </summary>
public static class ExtractJsonReader
{
    /// <summary>Reads <paramref name="json"/>; false for null, malformed JSON or another shape, never an exception.</summary>
    public static bool TryRead(string? json, [NotNullWhen(true)] out ExtractionResult? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            result = Result(AsObject(document.RootElement) ?? throw new FormatException("the extraction is not a JSON object"));
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Reads <paramref name="json"/>, or throws <see cref="FormatException"/> saying it is not an extraction.</summary>
    public static ExtractionResult Read(string json) =>
        TryRead(json, out var result) ? result : throw new FormatException("not the JSON of an extraction (docs/extract-output.md)");

    private static ExtractionResult Result(JsonElement root)
    {
        var text = AsObject(Get(root, "text"));
        var restored = text is { } t ? String(t, "restored") ?? "" : "";
        return new ExtractionResult(
            Source(AsObject(Get(root, "source"))),
            new RepairResult(restored, text is { } r && Get(r, "repaired") is { ValueKind: JsonValueKind.True }, text is { } q && Get(q, "quality") is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : 0),
            AsObject(Get(root, "document")) is { } d ? Document(d) : DocumentMetadata.Empty,
            AsObject(Get(root, "request")) is { } request ? Request(request) : null,
            Sections(Get(root, "sections")),
            Items(Get(root, "citations"), Citation),
            Items(Get(root, "indicators"), Indicator),
            Items(Get(root, "facts"), Fact),
            Items(Get(root, "findings"), Finding));
    }

    private static SourceText Source(JsonElement? s) => s is { } e
        ? new SourceText(String(e, "path") ?? "", String(e, "sha256") ?? "", String(e, "format") ?? "", Int(e, "pages"), String(e, "textFrom") ?? "", "", String(e, "encoding"))
        : new SourceText("", "", "", null, "", "");

    private static DocumentMetadata Document(JsonElement d) => new(
        String(d, "issuer"), String(d, "number"), String(d, "type"), String(d, "place"), Date(d, "date"), String(d, "title"),
        AsObject(Get(d, "signer")) is { } s ? new Signer(String(s, "name"), String(s, "title")) : null,
        Strings(Get(d, "recipients")));

    private static ReportRequestInfo Request(JsonElement r) => new(
        String(r, "deadline") is { } deadline ? DateTime.ParseExact(deadline, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : null,
        AsObject(Get(r, "period")) is { } p ? new ReportPeriod(String(p, "label") ?? "", Date(p, "from"), Date(p, "to")) : null,
        Strings(Get(r, "recipients")),
        Sections(Get(r, "outline")));

    private static List<Section> Sections(JsonElement? sections) =>
        Items(sections, s => new Section(String(s, "number") ?? "", String(s, "title") ?? "", Int(s, "level") ?? 0, Span(s), Sections(Get(s, "children"))));

    private static Citation Citation(JsonElement c) => new(String(c, "type") ?? "", String(c, "number"), Date(c, "date"), String(c, "issuer"), Span(c));

    private static IndicatorValue Indicator(JsonElement v) => new(
        String(v, "key") ?? throw new FormatException("an indicator value without key"),
        ContractNames.TryParse(String(v, "kind"), out ValueKind kind) ? kind : throw new FormatException("unknown kind"),
        Decimal(v, "value") ?? throw new FormatException("an indicator value without value"),
        MeasureUnits.TryParse(String(v, "unit"), out var unit) ? unit : throw new FormatException("unknown unit"),
        Decimal(v, "numerator"),
        Decimal(v, "denominator"),
        ContractNames.TryParse(String(v, "qualifier"), out Qualifier qualifier) ? qualifier : throw new FormatException("unknown qualifier"),
        Int(v, "period"),
        String(v, "evidence") ?? "",
        Span(v),
        Get(v, "confidence") is { ValueKind: JsonValueKind.Number } c ? c.GetDouble() : 0);

    private static Fact Fact(JsonElement f) => new(Decimal(f, "value") ?? 0, String(f, "unit") ?? "", String(f, "evidence") ?? "", Span(f));

    private static Finding Finding(JsonElement f) => new(
        String(f, "code") ?? "",
        ContractNames.TryParse(String(f, "severity"), out FindingSeverity severity) ? severity : throw new FormatException("unknown severity"),
        String(f, "message") ?? "",
        Get(f, "span") is { ValueKind: JsonValueKind.Array } ? Span(f) : null,
        String(f, "about"));

    private static TextSpan Span(JsonElement item) =>
        Get(item, "span") is { ValueKind: JsonValueKind.Array } s && s.GetArrayLength() == 2 ? new TextSpan(s[0].GetInt32(), s[1].GetInt32()) : default;

    private static List<T> Items<T>(JsonElement? array, Func<JsonElement, T> read) =>
        array is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray().Select(e => read(AsObject(e) ?? throw new FormatException("a list item is not an object")))] : [];

    private static List<string> Strings(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray().Select(e => e.GetString() ?? "")] : [];

    private static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonElement? AsObject(JsonElement? element) => element is { ValueKind: JsonValueKind.Object } e ? e : null;

    private static string? String(JsonElement element, string name) => Get(element, name) is { } v ? v.GetString() : null;

    private static int? Int(JsonElement element, string name) => Get(element, name) is { } v ? v.GetInt32() : null;

    private static decimal? Decimal(JsonElement element, string name) => Get(element, name) is { } v ? v.GetDecimal() : null;

    private static DateOnly? Date(JsonElement element, string name) =>
        String(element, name) is { } iso ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
