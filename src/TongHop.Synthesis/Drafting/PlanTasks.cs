using System.Text.RegularExpressions;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// The tasks of a unit's plan section (restored text, heading line left out): its sentences as
/// <see cref="ReportSentences"/> cleans them, without the sub-headings that group them ("1. Về hạ tầng số", "a) Chính
/// quyền số": a numbered line with no closing punctuation) and without the lines that only announce a list ("… các
/// nhiệm vụ trọng tâm sau:"); the clauses of a sentence joined by "; " are tasks each.
/// </summary>
public static partial class PlanTasks
{
    private const int MaxHeadingWords = 12;

    /// <summary>A clause shorter than this is no task on its own ("và tổ chức thực hiện").</summary>
    private const int MinTaskLength = 20;

    public static IEnumerable<string> Split(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        // A sub-heading becomes a blank line, so the sentence splitter does not run it into the task under it.
        var lines = body.Split('\n').Select(line => IsSubHeading(line.Trim()) ? "" : line);
        // "Phấn đấu … đạt 90%; tiếp tục rà soát hạ tầng số": two tasks, which other units may write apart.
        return ReportSentences.Split(string.Join('\n', lines))
            .SelectMany(s => s.Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(task => task.Length >= MinTaskLength && !task.EndsWith(':'));
    }

    private static bool IsSubHeading(string line) =>
        Numbered().IsMatch(line) && line.Length > 0 && !".;:!?".Contains(line[^1], StringComparison.Ordinal)
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;

    // "1.", "2.1.", "a)", "IV.", "b." at the start of a line.
    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}\.)\s", RegexOptions.None, 200)]
    private static partial Regex Numbered();
}
