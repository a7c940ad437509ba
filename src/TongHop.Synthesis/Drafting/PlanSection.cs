namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Section V, "Phương hướng, nhiệm vụ": a draft for the specialist, made only of what the units wrote in their plan
/// sections. Their tasks (<see cref="PlanTasks"/>) are grouped where they say nearly the same thing
/// (<see cref="TaskGroups"/>); each group is one bullet in the words of its most representative unit, with how many
/// units wrote it, the most frequent first. Nothing is invented: with no plan in any report, one sentence says so.
/// </summary>
public static class PlanSection
{
    public const string Heading = "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI";

    public const string NoPlans = "Các đơn vị chưa nêu phương hướng, nhiệm vụ thời gian tới trong báo cáo.";

    /// <summary>At most this many bullets; the tasks left out are counted in one sentence.</summary>
    public const int MaxBullets = 12;

    public static IEnumerable<DraftBlock> Write(IReadOnlyList<SynthesisUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Blocks(units);
    }

    private static IEnumerable<DraftBlock> Blocks(IReadOnlyList<SynthesisUnit> units)
    {
        yield return new DraftHeading(Heading, 1);
        var tasks = units.SelectMany(u => u.Plans.SelectMany(PlanTasks.Split).Select(t => new UnitTask(u, t))).ToList();
        if (tasks.Count == 0)
        {
            yield return new DraftParagraph(NoPlans);
            yield break;
        }

        var writers = tasks.Select(t => t.Unit.Id).Distinct().Count();
        yield return new DraftParagraph(
            $"(Dự thảo tổng hợp từ phương hướng, nhiệm vụ do {writers}/{units.Count} đơn vị nêu trong báo cáo; các nhiệm vụ gần giống nhau được gộp, " +
            "ghi số đơn vị nêu. Chuyên viên rà soát, biên tập trước khi trình ký.)", Note: true);
        var groups = TaskGroups.Group(tasks);
        foreach (var group in groups.Take(MaxBullets))
        {
            yield return new DraftParagraph($"- {Capitalised(group.Representative.Text)} ({Who(group)}).");
        }

        if (groups.Count > MaxBullets)
        {
            var rest = groups.Skip(MaxBullets).ToList();
            yield return new DraftParagraph(
                $"- Ngoài ra, {rest.SelectMany(g => g.Units).Distinct().Count()} đơn vị nêu thêm {rest.Count} nhiệm vụ khác (xem báo cáo của từng đơn vị).");
        }
    }

    // "12 đơn vị"; when the units wrote the task with different figures (each its own target), the bullet says whose figures it shows.
    private static string Who(TaskGroup group)
    {
        if (group.Units.Count == 1)
        {
            return group.Units[0].Name;
        }

        var figures = group.Members.Select(m => Figures(m.Text)).Distinct(StringComparer.Ordinal).Count();
        return figures == 1 ? $"{group.Units.Count} đơn vị" : $"{group.Units.Count} đơn vị, mỗi đơn vị nêu mức riêng; số liệu trong câu là của {group.Representative.Unit.Name}";
    }

    // The digits of a task, runs apart: "đạt 80% … 3 thôn" → "80 3".
    private static string Figures(string text) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(text, @"\d+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(200)).Select(m => m.Value));

    private static string Capitalised(string text)
    {
        var trimmed = text.TrimEnd('.', ';', ',', ' ');
        return trimmed.Length == 0 ? trimmed : char.ToUpper(trimmed[0], Text.Normalization.VietnameseText.Culture) + trimmed[1..];
    }
}

/// <summary>A task as one unit wrote it.</summary>
public sealed record UnitTask(SynthesisUnit Unit, string Text);
