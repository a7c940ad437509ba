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

    /// <summary>
    /// The outline as editable text: one heading a line, "number. title", indented two spaces a level below the first
    /// ("I. Kết quả", "  1. Chỉ đạo, điều hành").
    /// </summary>
    public static string ToText(IEnumerable<Section> outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var lines = new List<string>();
        Write(outline, 0, lines);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Reads the text of <see cref="ToText"/> back: the indentation gives the level (two spaces, or a TAB, a level);
    /// a line's number is what precedes its first ". " or ") " when it looks like one (I, 2, 2.1, a). At most 200 headings.
    /// </summary>
    public static bool TryParseText(string? text, out IReadOnlyList<Section> outline, out string? error)
    {
        outline = [];
        error = null;
        var roots = new List<Section>();
        var open = new List<(int Level, List<Section> Children)>();
        var count = 0;
        foreach (var raw in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var indent = raw.Replace("\t", "  ", StringComparison.Ordinal).TakeWhile(c => c == ' ').Count();
            var level = Math.Min(1 + (indent / 2), 6);
            var line = raw.Trim();
            var (number, title) = SplitNumber(line);
            if (title.Length is 0 or > 500)
            {
                error = $"Dòng đề cương «{line}» không có tiêu đề hoặc quá dài.";
                return false;
            }

            if (++count > 200)
            {
                error = "Đề cương quá dài (tối đa 200 mục).";
                return false;
            }

            while (open.Count > 0 && open[^1].Level >= level)
            {
                open.RemoveAt(open.Count - 1);
            }

            level = open.Count == 0 ? 1 : Math.Min(level, open[^1].Level + 1);
            var children = new List<Section>();
            var section = new Section(number, TongHop.Text.Normalization.VietnameseText.Nfc(title), level, default(TextSpan), children);
            (open.Count == 0 ? roots : open[^1].Children).Add(section);
            open.Add((level, children));
        }

        outline = roots;
        return true;
    }

    private static (string Number, string Title) SplitNumber(string line)
    {
        var cut = line.IndexOfAny(['.', ')']);
        if (cut > 0 && cut <= 8 && (cut + 1 == line.Length || line[cut + 1] == ' '))
        {
            var number = line[..cut].Trim();
            if (number.All(c => char.IsDigit(c) || c == '.') || number.All(c => "IVXLC".Contains(c, StringComparison.Ordinal)) || (number.Length == 1 && char.IsLetter(number[0])))
            {
                return (number, line[(cut + 1)..].Trim());
            }
        }

        return ("", line);
    }

    private static void Write(IEnumerable<Section> sections, int depth, List<string> lines)
    {
        foreach (var s in sections)
        {
            lines.Add(new string(' ', depth * 2) + (s.Number.Length > 0 ? s.Number + ". " : "") + s.Title);
            Write(s.Children, depth + 1, lines);
        }
    }

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
