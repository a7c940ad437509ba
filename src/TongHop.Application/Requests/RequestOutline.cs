using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using TongHop.Core;
using TongHop.Core.Documents;

namespace TongHop.Application.Requests;

/// <summary>
/// A request's outline (đề cương) as stored in <c>ReportRequest.OutlineJson</c>: the extract contract's
/// <c>outline</c> shape (number, title, level, children; a span, if present, is ignored since it points into
/// the dispatch, not into the reports).
/// </summary>
public static class RequestOutline
{
    // Vietnamese kept readable in the database (the value is never written into HTML unencoded).
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string ToJson(IReadOnlyList<Section> outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        return JsonSerializer.Serialize(outline.Select(ToItem).ToList(), Options);
    }

    /// <summary>Reads stored or posted outline JSON; malformed JSON gives <c>false</c>, never an exception.</summary>
    public static bool TryParse(string? json, out IReadOnlyList<Section> outline)
    {
        outline = [];
        if (string.IsNullOrWhiteSpace(json))
        {
            return true;
        }

        try
        {
            var items = JsonSerializer.Deserialize<List<Item>>(json);
            if (items is null || !items.All(Valid))
            {
                return false;
            }

            outline = items.Select(ToSection).ToList();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The outline of a stored request; an unreadable value counts as none.</summary>
    public static IReadOnlyList<Section> Of(string? json) => TryParse(json, out var outline) ? outline : [];

    /// <summary>Every section of an outline, children after their parent.</summary>
    public static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    private static bool Valid(Item item) =>
        !string.IsNullOrWhiteSpace(item.Title) && item.Title.Length <= 500 && (item.Children ?? []).All(Valid);

    private static Item ToItem(Section s) => new(s.Number, s.Title, s.Level, s.Children.Select(ToItem).ToList());

    private static Section ToSection(Item i) =>
        new(i.Number ?? "", i.Title!.Trim(), i.Level, default(TextSpan), (i.Children ?? []).Select(ToSection).ToList());

    private sealed record Item(
        [property: JsonPropertyName("number")] string? Number,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("level")] int Level,
        [property: JsonPropertyName("children")] List<Item>? Children);
}
