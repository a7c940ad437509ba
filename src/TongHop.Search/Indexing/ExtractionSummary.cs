using System.Globalization;
using System.Text.Json;

namespace TongHop.Search.Indexing;

/// <summary>What the index takes from a stored extraction (the extract JSON contract): the document's type, number and date, and the cited numbers.</summary>
internal sealed record ExtractionSummary(string? Type, string? Number, DateOnly? Date, IReadOnlyList<string> CitedNumbers)
{
    private static readonly ExtractionSummary Empty = new(null, null, null, []);

    /// <summary>Reads <paramref name="json"/>; a missing or malformed JSON gives an empty summary (the text is still indexed).</summary>
    public static ExtractionSummary Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return Empty;
        }

        try
        {
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            var document = root.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            var cited = root.TryGetProperty("citations", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(e => String(e, "number")).OfType<string>().ToList()
                : [];
            var date = DateOnly.TryParseExact(String(document, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate) ? parsedDate : (DateOnly?)null;
            return new ExtractionSummary(String(document, "type"), String(document, "number"), date, cited);
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
