using System.Text.Json;
using TongHop.Text.Normalization;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// The parts of a unit report the synthesis quotes, found from its stored extraction (the extract contract
/// JSON, docs/extract-output.md): its number and date, and the bodies of its results, difficulties
/// ("hạn chế / khó khăn / vướng mắc / tồn tại") and proposals ("đề xuất / kiến nghị") sections, cut from the
/// restored text by the sections' [start, end) spans, heading line left out.
/// </summary>
public sealed record ReportSections(string? Number, DateOnly? Date, IReadOnlyList<string> Results, IReadOnlyList<string> Difficulties, IReadOnlyList<string> Proposals)
{
    public static ReportSections Empty { get; } = new(null, null, [], [], []);

    private static readonly string[] DifficultyWords = ["hạn chế", "khó khăn", "vướng mắc", "tồn tại"];
    private static readonly string[] ProposalWords = ["đề xuất", "kiến nghị"];
    private static readonly string[] ResultWords = ["kết quả"];

    /// <summary>Reads <paramref name="extractionJson"/>; a missing or unreadable JSON gives <see cref="Empty"/>.</summary>
    public static ReportSections From(string? extractionJson, string? restored)
    {
        if (string.IsNullOrEmpty(extractionJson) || restored is null)
        {
            return Empty;
        }

        try
        {
            using var json = JsonDocument.Parse(extractionJson);
            var root = json.RootElement;
            var document = root.GetProperty("document");
            var found = (Results: new List<string>(), Difficulties: new List<string>(), Proposals: new List<string>());
            Collect(root.GetProperty("sections"), restored, found);
            return new ReportSections(Text(document, "number"), DateOf(document), found.Results, found.Difficulties, found.Proposals);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Empty;
        }
    }

    // A section is taken whole when its title says what it is; otherwise (or when it says both) its children are looked at.
    private static void Collect(JsonElement sections, string restored, (List<string> Results, List<string> Difficulties, List<string> Proposals) found)
    {
        foreach (var section in sections.EnumerateArray())
        {
            var title = (Text(section, "title") ?? "").ToLower(VietnameseText.Culture);
            var difficulty = DifficultyWords.Any(title.Contains);
            var proposal = ProposalWords.Any(title.Contains);
            var children = section.GetProperty("children");
            if (difficulty && proposal && children.GetArrayLength() > 0)
            {
                Collect(children, restored, found);
            }
            else if (difficulty || proposal || ResultWords.Any(title.Contains))
            {
                (difficulty ? found.Difficulties : proposal ? found.Proposals : found.Results).Add(Body(section, restored));
            }
            else
            {
                Collect(children, restored, found);
            }
        }
    }

    private static string Body(JsonElement section, string restored)
    {
        var span = section.GetProperty("span");
        var (start, end) = (Math.Clamp(span[0].GetInt32(), 0, restored.Length), Math.Clamp(span[1].GetInt32(), 0, restored.Length));
        var text = restored[start..Math.Max(start, end)];
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? "" : text[(newline + 1)..];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? DateOf(JsonElement document) =>
        Text(document, "date") is { } iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
