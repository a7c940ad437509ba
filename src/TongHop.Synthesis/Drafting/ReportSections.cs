using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Text.Normalization;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// The parts of a unit report the synthesis quotes, found from its stored extraction: its number and date, and the bodies of its results, difficulties
/// ("hạn chế / khó khăn / vướng mắc / tồn tại") and proposals ("đề xuất / kiến nghị") sections, cut from the
/// restored text by the sections' [start, end) spans, heading line left out.
/// </summary>
public sealed record ReportSections(string? Number, DateOnly? Date, IReadOnlyList<string> Results, IReadOnlyList<string> Difficulties, IReadOnlyList<string> Proposals)
{
    public static ReportSections Empty { get; } = new(null, null, [], [], []);

    private static readonly string[] DifficultyWords = ["hạn chế", "khó khăn", "vướng mắc", "tồn tại"];
    private static readonly string[] ProposalWords = ["đề xuất", "kiến nghị"];
    private static readonly string[] ResultWords = ["kết quả"];

    /// <summary>The parts of a stored extraction (read by <c>ExtractJsonReader</c>); none when there is no extraction or restored text.</summary>
    public static ReportSections From(ExtractionResult? extraction, string? restored)
    {
        if (extraction is null || restored is null)
        {
            return Empty;
        }

        var found = (Results: new List<string>(), Difficulties: new List<string>(), Proposals: new List<string>());
        Collect(extraction.Sections, restored, found);
        return new ReportSections(extraction.Document.Number, extraction.Document.Date, found.Results, found.Difficulties, found.Proposals);
    }

    // A section is taken whole when its title says what it is; otherwise (or when it says both) its children are looked at.
    private static void Collect(IReadOnlyList<Section> sections, string restored, (List<string> Results, List<string> Difficulties, List<string> Proposals) found)
    {
        foreach (var section in sections)
        {
            var title = section.Title.ToLower(VietnameseText.Culture);
            var difficulty = DifficultyWords.Any(title.Contains);
            var proposal = ProposalWords.Any(title.Contains);
            if (difficulty && proposal && section.Children.Count > 0)
            {
                Collect(section.Children, restored, found);
            }
            else if (difficulty || proposal || ResultWords.Any(title.Contains))
            {
                (difficulty ? found.Difficulties : proposal ? found.Proposals : found.Results).Add(Body(section, restored));
            }
            else
            {
                Collect(section.Children, restored, found);
            }
        }
    }

    private static string Body(Section section, string restored)
    {
        var (start, end) = (Math.Clamp(section.Span.Start, 0, restored.Length), Math.Clamp(section.Span.End, 0, restored.Length));
        var text = restored[start..Math.Max(start, end)];
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? "" : text[(newline + 1)..];
    }
}
