using TongHop.Text.Normalization;

namespace TongHop.Synthesis.Drafting;

/// <summary>Tasks that say nearly the same thing, the units that wrote them, and the one that says it best.</summary>
public sealed record TaskGroup(UnitTask Representative, IReadOnlyList<SynthesisUnit> Units, IReadOnlyList<UnitTask> Members);

/// <summary>
/// Groups near-duplicate tasks by the similarity of their normalised words: folded lower case (an OCR slip in a mark
/// does not split a group), figures and punctuation left out (the same task with another unit's target is the same
/// task), compared as Dice's coefficient over word pairs. A task joins the first group whose first task it resembles
/// at <see cref="Threshold"/> or more. Groups come most units first, then in the order first written.
/// </summary>
public static class TaskGroups
{
    /// <summary>Dice over word pairs at which two tasks are one: "rà soát, hoàn thiện hạ tầng số tại các thôn" and
    /// "tiếp tục rà soát, hoàn thiện hạ tầng số ở các thôn, tổ dân phố" score 0.61; tasks sharing only "tiếp tục triển
    /// khai" score under 0.3.</summary>
    public const double Threshold = 0.5;

    public static List<TaskGroup> Group(IReadOnlyList<UnitTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var pairs = tasks.Select(t => WordPairs(t.Text)).ToList();
        var groups = new List<List<int>>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var home = groups.FirstOrDefault(g => Similarity(pairs[g[0]], pairs[i]) >= Threshold);
            if (home is null)
            {
                groups.Add([i]);
            }
            else
            {
                home.Add(i);
            }
        }

        return groups
            .Select((members, order) => (Group: new TaskGroup(
                tasks[Representative(members, pairs)],
                members.Select(m => tasks[m].Unit).DistinctBy(u => u.Id).ToList(),
                members.Select(m => tasks[m]).ToList()), Order: order))
            .OrderByDescending(g => g.Group.Units.Count).ThenBy(g => g.Order)
            .Select(g => g.Group)
            .ToList();
    }

    /// <summary>Dice's coefficient of two sets of word pairs (1 when both are empty: nothing to tell them apart).</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
    }

    /// <summary>The adjacent word pairs of a task, folded, lower case, without figures or punctuation; a one-word task is its word.</summary>
    public static IReadOnlySet<string> WordPairs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = VietnameseText.FoldLower(text);
        var words = new List<string>();
        for (var i = 0; i < folded.Length;)
        {
            var start = i;
            while (i < folded.Length && char.IsLetter(folded[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(folded[start..i]);
            }
            else
            {
                i++;
            }
        }

        return words.Count == 1 ? new HashSet<string>(words, StringComparer.Ordinal)
            : words.Zip(words.Skip(1), (x, y) => x + " " + y).ToHashSet(StringComparer.Ordinal);
    }

    // The member most like the others (highest summed similarity); ties to the shorter, then the first written.
    private static int Representative(List<int> members, List<IReadOnlySet<string>> pairs) =>
        members.OrderByDescending(m => members.Where(o => o != m).Sum(o => Similarity(pairs[m], pairs[o])))
            .ThenBy(m => pairs[m].Count)
            .ThenBy(m => m)
            .First();
}
