using TongHop.Core.Indicators;
using TongHop.Synthesis.Aggregation;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Section II: per catalog group, each indicator's province figure formed as the catalog says, how many
/// units gave it, min–max with the units named, and its sources as a footnote; then the targets the
/// units set, stated apart from the results; charts where a reader would rather look than read.
/// </summary>
internal static class IndicatorSection
{
    /// <summary>Above this many units the footnote points to Appendix I instead of naming every source.</summary>
    private const int MaxNamedSources = 8;

    /// <summary>Bars of one chart: 30 rows of 7 mm stay within half an A4 page.</summary>
    private const int MaxBars = 30;

    public static IEnumerable<DraftBlock> Write(SynthesisInput input, IReadOnlyList<IndicatorResult> results, SynthesisOptions options)
    {
        yield return new DraftHeading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", 1);
        var groups = results.Where(r => r.Actual.Count > 0 || r.Target.Count > 0)
            .GroupBy(r => r.Indicator.Group).OrderBy(g => input.GroupRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            yield return new DraftParagraph("Chưa có số liệu chỉ tiêu nào được xác nhận để tổng hợp.");
            yield break;
        }

        var number = 1;
        foreach (var group in groups)
        {
            yield return new DraftHeading($"{number++}. {input.GroupTitle(group.Key)}", 2);
            foreach (var block in Group(input, group.ToList(), options))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<DraftBlock> Group(SynthesisInput input, List<IndicatorResult> results, SynthesisOptions options)
    {
        foreach (var r in results.Where(r => r.Actual.Count > 0))
        {
            yield return new DraftParagraph(ResultLine(r, input), Sources(input, r));
        }

        var targets = results.Where(r => r.Target.Count > 0).ToList();
        if (targets.Count > 0)
        {
            yield return new DraftParagraph("Mục tiêu các đơn vị đề ra: " + string.Join("; ", targets.Select(TargetPhrase)) + ".");
        }

        foreach (var r in results.Where(r => options.Charts(r.Indicator) && r.Actual.Count >= 2))
        {
            yield return Chart(r);
        }
    }

    // One bar per unit while they fit half a page; beyond that the highest and the lowest, and the caption says so.
    private static DraftChart Chart(IndicatorResult r)
    {
        var ranked = r.Actual.Ranked;
        var province = QuantityText.Of(r.Actual.Value!.Value, r.Indicator.Unit);
        if (ranked.Count <= MaxBars)
        {
            return new DraftChart($"Biểu đồ: {r.Indicator.Name} theo đơn vị ({province} toàn tỉnh)", r.Indicator.Unit, ranked.Select(f => new ChartBar(f.UnitName, f.Value)).ToList());
        }

        var shown = ranked.Take(MaxBars / 2).Concat(ranked.TakeLast(MaxBars / 2));
        return new DraftChart(
            $"Biểu đồ: {r.Indicator.Name}, {MaxBars / 2} đơn vị cao nhất và {MaxBars / 2} đơn vị thấp nhất trong {ranked.Count} đơn vị ({province} toàn tỉnh)",
            r.Indicator.Unit, shown.Select(f => new ChartBar(f.UnitName, f.Value)).ToList());
    }

    private static string ResultLine(IndicatorResult r, SynthesisInput input)
    {
        var a = r.Actual;
        var unit = r.Indicator.Unit;
        var line = $"- {r.Indicator.Name}: {Formed(a.Method)} {QuantityText.Of(a.Value!.Value, unit)} ({a.Ranked.Count}/{input.Units.Count} đơn vị báo cáo{Acceptance.OfFigure(input, a)}";
        if (a.Ranked.Count >= 2)
        {
            line += a.Ranked[0].Value == a.Ranked[^1].Value
                ? $"; {(a.Ranked.Count == 2 ? "cả hai" : "cả " + a.Ranked.Count)} đơn vị đều {QuantityText.Of(a.Ranked[0].Value, unit)}"
                : $"; cao nhất {Tied(a.Ranked, a.Ranked[0].Value)} {QuantityText.Of(a.Ranked[0].Value, unit)}, thấp nhất {Tied(a.Ranked, a.Ranked[^1].Value)} {QuantityText.Of(a.Ranked[^1].Value, unit)}";
        }

        var trend = TrendText.Of(r.Indicator, a.Value!.Value, input.Trends);
        return line + ")" + (trend.Length > 0 ? "; " + trend : "") + ".";
    }

    // The units sharing a value (the highest or the lowest): one by name, two or three by name, more as the first two and a count.
    private static string Tied(IReadOnlyList<UnitFigure> ranked, decimal value)
    {
        var names = ranked.Where(f => f.Value == value).Select(f => f.UnitName).ToList();
        return names.Count switch
        {
            1 => names[0],
            <= 3 => string.Join(", ", names[..^1]) + " và " + names[^1],
            _ => $"{names[0]}, {names[1]} và {names.Count - 2} đơn vị khác",
        };
    }

    private static string Formed(AggregateMethod method) => method switch
    {
        AggregateMethod.Sum => "tổng cộng",
        AggregateMethod.Mean => "bình quân",
        _ => "chung toàn tỉnh",
    };

    private static string TargetPhrase(IndicatorResult r) =>
        $"{SynthesisDrafter.LowerFirst(r.Indicator.Name)} {Formed(r.Target.Method)} {QuantityText.Of(r.Target.Value!.Value, r.Indicator.Unit)} ({r.Target.Ranked.Count} đơn vị)";

    // Where the figure comes from: each unit's report number and value, or Appendix I when too many.
    private static string Sources(SynthesisInput input, IndicatorResult r)
    {
        var basis = r.Actual.Basis + ". ";
        if (r.Actual.Ranked.Count > MaxNamedSources)
        {
            return basis + "Số liệu của từng đơn vị: xem Phụ lục I; danh mục báo cáo: Phụ lục II.";
        }

        var byId = input.Units.ToDictionary(u => u.Id);
        return basis + "Nguồn: " + string.Join("; ", r.Actual.Ranked.Select(f =>
            $"{f.UnitName} ({DocumentLabel(byId[f.UnitId].Document)}): {QuantityText.Of(f.Value, r.Indicator.Unit)}")) + " (ngày văn bản: Phụ lục II).";
    }

    public static string DocumentLabel(SourceDocument? document) => document switch
    {
        { Number: { } n } => "số " + n,
        { FileName: var f } => "tệp " + f,
        null => "không rõ văn bản",
    };
}
