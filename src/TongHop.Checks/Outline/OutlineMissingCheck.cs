using TongHop.Core.Documents;
using TongHop.Core.Extraction;

namespace TongHop.Checks.Outline;

/// <summary>
/// <c>outline-missing</c>: a report that answers a request lacks a section of the request's outline
/// (đề cương). A required section is present when some heading of the report holds most of its content
/// words, compared folded and with abbreviations spelt out. The report's headings are its parsed sections,
/// or, where the parser found none, its lines that start with a section mark ("II.", "2.", "a)").
/// </summary>
public sealed class OutlineMissingCheck : IDocumentCheck
{
    public const string Code = "outline-missing";

    /// <summary>Share of an outline title's content words a report heading must hold.</summary>
    public const double RequiredShare = 0.6;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var outline = context.AnsweredRequest?.Outline ?? [];
        if (outline.Count == 0)
        {
            yield break;
        }

        var headings = ReportHeadings.Of(context.Document).Select(TitleWords.Of).Select(w => w.ToHashSet()).ToList();
        foreach (var required in Flatten(outline))
        {
            var words = TitleWords.Of(required.Title);
            if (words.Count > 0 && !headings.Any(h => Share(words, h) >= RequiredShare))
            {
                yield return new Finding(Code, FindingSeverity.Warning,
                    $"Báo cáo thiếu mục \"{required.Number}. {required.Title}\" theo đề cương yêu cầu.", null, required.Title);
            }
        }
    }

    private static double Share(IReadOnlyList<string> words, HashSet<string> heading) =>
        (double)words.Count(heading.Contains) / words.Count;

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));
}
