using TongHop.Core.Indicators;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Section III: the strongest figures (the leading unit on the indicators where it stands furthest above
/// the units' mean) and notable initiatives the units describe, each with the unit named.
/// </summary>
internal static class HighlightSection
{
    private const int MaxFigures = 5;
    private const int MaxInitiatives = 5;

    // Words that mark an initiative in a results section: a model, a pilot, a first.
    private static readonly string[] InitiativeCues = ["mô hình", "sáng kiến", "thí điểm", "đầu tiên", "điển hình", "tiên phong", "cách làm"];

    public static IEnumerable<DraftBlock> Write(SynthesisInput input, IReadOnlyList<IndicatorResult> results)
    {
        yield return new DraftHeading("III. NHỮNG KẾT QUẢ NỔI BẬT", 1);
        var strongest = results
            .Where(r => r.Actual.Ranked.Count >= 2 && r.Indicator.Highlight)
            .Select(r => (Result: r, Standing: Standing(r)))
            .Where(p => p.Standing > 1)
            .OrderByDescending(p => p.Standing).ThenBy(p => p.Result.Indicator.Key, StringComparer.Ordinal)
            .Take(MaxFigures).ToList();
        foreach (var (r, _) in strongest)
        {
            var best = r.Actual.Ranked[0];
            var mean = r.Actual.Ranked.Average(f => f.Value);
            yield return new DraftParagraph(
                $"- {best.UnitName} dẫn đầu về {SynthesisDrafter.LowerFirst(r.Indicator.Name)}: {QuantityText.Of(best.Value, r.Indicator.Unit)} " +
                $"(bình quân các đơn vị báo cáo: {QuantityText.Of(Math.Round(mean, 1), r.Indicator.Unit)}).");
        }

        var initiatives = Initiatives(input.Units).Take(MaxInitiatives).ToList();
        foreach (var (units, sentence) in initiatives)
        {
            yield return new DraftParagraph($"- {string.Join(", ", units)}: {sentence}");
        }

        if (strongest.Count == 0 && initiatives.Count == 0)
        {
            yield return new DraftParagraph("Chưa đủ số liệu của từ hai đơn vị trở lên để so sánh kết quả nổi bật.");
        }
    }

    // How far the leader stands above the units' mean (1 = level with it).
    private static decimal Standing(IndicatorResult r)
    {
        var mean = r.Actual.Ranked.Average(f => f.Value);
        return mean <= 0 ? 0 : r.Actual.Ranked[0].Value / mean;
    }

    // The first initiative sentence of each unit; units that wrote the same sentence are named together.
    private static IEnumerable<(IReadOnlyList<string> Units, string Sentence)> Initiatives(IReadOnlyList<SynthesisUnit> units) =>
        units.SelectMany(u => u.Results.SelectMany(ReportSentences.Split)
                .Where(s => InitiativeCues.Any(c => s.Contains(c, StringComparison.OrdinalIgnoreCase)))
                .Take(1)
                .Select(s => (Unit: u.Name, Sentence: s)))
            .GroupBy(p => p.Sentence, StringComparer.Ordinal)
            .Select(g => ((IReadOnlyList<string>)g.Select(p => p.Unit).ToList(), g.Key));
}
