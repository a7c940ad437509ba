using System.Text.RegularExpressions;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// The tasks of a unit's plan section (restored text, heading line left out): its sentences as
/// <see cref="ReportSentences"/> cleans them, without the sub-headings that group them ("1. Về hạ tầng số", "a) Chính
/// quyền số": a numbered line with no closing punctuation) and without the lines that only announce a list ("… các
/// nhiệm vụ trọng tâm sau:").
/// </summary>
public static partial class PlanTasks
{
    private const int MaxHeadingWords = 12;

    public static IEnumerable<string> Split(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        // A sub-heading becomes a blank line, so the sentence splitter does not run it into the task under it.
        var lines = body.Split('\n').Select(line => IsSubHeading(line.Trim()) ? "" : line);
        return ReportSentences.Split(string.Join('\n', lines)).Where(s => !s.EndsWith(':'));
    }

    private static bool IsSubHeading(string line) =>
        Numbered().IsMatch(line) && line.Length > 0 && !".;:!?".Contains(line[^1], StringComparison.Ordinal)
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;

    // "1.", "2.1.", "a)", "IV.", "b." at the start of a line.
    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}\.)\s", RegexOptions.None, 200)]
    private static partial Regex Numbered();
}
