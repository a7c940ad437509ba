namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Sections IV and VI: the units' difficulties (or proposals) grouped into themes, each with the number of
/// units raising it, the units named, and one or two representative quotes.
/// </summary>
internal static class IssueSection
{
    private const int MaxQuotes = 2;

    public static IEnumerable<DraftBlock> Write(string heading, IReadOnlyList<SynthesisUnit> units, Func<SynthesisUnit, IReadOnlyList<string>> bodies, string none)
    {
        yield return new DraftHeading(heading, 1);
        var raised = units.SelectMany(u => bodies(u).SelectMany(ReportSentences.Split).Select(s => (Unit: u, Sentence: s, Theme: IssueTheme.Of(s)))).ToList();
        if (raised.Count == 0)
        {
            yield return new DraftParagraph(none);
            yield break;
        }

        var themes = raised.GroupBy(r => r.Theme)
            .Select(g => (Theme: g.Key, Units: g.Select(r => r.Unit).Distinct().ToList(), Items: g.ToList()))
            .OrderByDescending(t => t.Units.Count)
            .ThenBy(t => t.Theme == IssueTheme.Other)
            .ThenBy(t => IssueTheme.All.ToList().IndexOf(t.Theme));
        foreach (var (theme, who, items) in themes)
        {
            // Different sentences, shortest first (short ones read as the clearest statements), each with the units that wrote it.
            var quotes = items.GroupBy(i => i.Sentence, StringComparer.Ordinal)
                .OrderByDescending(g => g.Select(i => i.Unit).Distinct().Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(MaxQuotes)
                .Select(g => $"“{g.Key.TrimEnd('.', ';')}” ({string.Join(", ", g.Select(i => i.Unit.Name).Distinct())})");
            yield return new DraftParagraph(
                $"- {theme.Title}: {who.Count} đơn vị nêu ({string.Join(", ", who.Select(u => u.Name))}). Ý kiến tiêu biểu: {string.Join("; ", quotes)}.");
        }
    }
}
