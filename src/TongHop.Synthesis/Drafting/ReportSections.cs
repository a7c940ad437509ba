using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Text.Normalization;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// The parts of a unit report the synthesis quotes, found from its stored extraction: its number and date, and the bodies of its results, difficulties
/// ("hạn chế / khó khăn / vướng mắc / tồn tại"), proposals ("đề xuất / kiến nghị") and plan ("phương hướng, nhiệm vụ
/// thời gian tới", "nhiệm vụ trọng tâm quý IV", "kế hoạch năm 2026") sections, cut from the restored text by the
/// sections' [start, end) spans (the parser's section tree, `Parsing/`), heading line left out.
/// </summary>
public sealed record ReportSections(string? Number, DateOnly? Date, IReadOnlyList<string> Results, IReadOnlyList<string> Difficulties, IReadOnlyList<string> Proposals)
{
    public static ReportSections Empty { get; } = new(null, null, [], [], []);

    /// <summary>The bodies of its plan sections: what the unit means to do next.</summary>
    public IReadOnlyList<string> Plans { get; init; } = [];

    private static readonly string[] PlanWords = ["phương hướng", "thời gian tới", "kỳ tới", "tiếp theo", "trọng tâm", "cuối năm"];
    private static readonly string[] PlanSubjects = ["nhiệm vụ", "kế hoạch", "giải pháp"];
    private static readonly string[] PastWords = ["kết quả", "tình hình", "đánh giá", "đã "];

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

        var found = new Found([], [], [], []);
        Collect(extraction.Sections, restored, found);
        return new ReportSections(extraction.Document.Number, extraction.Document.Date, found.Results, found.Difficulties, found.Proposals) { Plans = found.Plans };
    }

    /// <summary>
    /// Whether a section title announces the next period's plan: "phương hướng", or tasks / plans / solutions with a
    /// word of time to come ("nhiệm vụ trọng tâm quý IV", "kế hoạch thời gian tới"), and no word of what was done
    /// ("kết quả thực hiện nhiệm vụ", "tình hình triển khai kế hoạch").
    /// </summary>
    public static bool IsPlanTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var lower = title.ToLower(VietnameseText.Culture) + " ";
        if (PastWords.Any(lower.Contains))
        {
            return false;
        }

        return lower.Contains("phương hướng", StringComparison.Ordinal)
            || (PlanSubjects.Any(lower.Contains) && (PlanWords.Any(lower.Contains) || NextYear(lower)));
    }

    // "kế hoạch năm 2026", "nhiệm vụ quý IV": a plan names the period it is for.
    private static bool NextYear(string lower) => lower.Contains(" năm 20", StringComparison.Ordinal) || lower.Contains(" quý ", StringComparison.Ordinal);

    private sealed record Found(List<string> Results, List<string> Difficulties, List<string> Proposals, List<string> Plans);

    // A section is taken whole when its title says what it is; otherwise (or when it says several) its children are looked at.
    private static void Collect(IReadOnlyList<Section> sections, string restored, Found found)
    {
        foreach (var section in sections)
        {
            var title = section.Title.ToLower(VietnameseText.Culture);
            var difficulty = DifficultyWords.Any(title.Contains);
            var proposal = ProposalWords.Any(title.Contains);
            var plan = IsPlanTitle(section.Title);
            if (new[] { difficulty, proposal, plan }.Count(b => b) > 1 && section.Children.Count > 0)
            {
                Collect(section.Children, restored, found);
            }
            else if (plan && proposal)
            {
                // "Phương hướng, nhiệm vụ và kiến nghị" in one body: its tasks and its proposals are both read from it.
                found.Plans.Add(Body(section, restored));
                found.Proposals.Add(Body(section, restored));
            }
            else if (difficulty || proposal || plan || ResultWords.Any(title.Contains))
            {
                (difficulty ? found.Difficulties : proposal ? found.Proposals : plan ? found.Plans : found.Results).Add(Body(section, restored));
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
