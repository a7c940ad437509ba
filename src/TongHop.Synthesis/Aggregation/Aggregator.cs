using TongHop.Core.Indicators;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Aggregation;

/// <summary>
/// Forms a province figure from the units' figures as the catalog says. Min, max and median are always
/// over the units' own values. Arithmetic is checked decimal: an overflow is a programmer-visible error,
/// never a silently wrong total.
/// </summary>
public static class Aggregator
{
    public static AggregateResult Aggregate(AggregateMethod method, IReadOnlyList<UnitFigure> figures)
    {
        var ranked = figures.OrderByDescending(f => f.Value).ThenBy(f => f.UnitName, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0)
        {
            return new AggregateResult(method, null, 0, null, null, null, "Chưa có đơn vị nào báo cáo", ranked);
        }

        var (value, count, basis) = method switch
        {
            AggregateMethod.Mean => (Mean(ranked), ranked.Count, $"Trung bình của {ranked.Count} đơn vị"),
            AggregateMethod.RatioOfSums => RatioOfSums(ranked),
            _ => (ranked.Sum(f => f.Value), ranked.Count, $"Tổng của {ranked.Count} đơn vị"),
        };
        return new AggregateResult(method, value, count, ranked[^1].Value, ranked[0].Value, Median(ranked), basis, ranked);
    }

    public static decimal? Median(IReadOnlyList<UnitFigure> figures)
    {
        if (figures.Count == 0)
        {
            return null;
        }

        var sorted = figures.Select(f => f.Value).Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static decimal Mean(IReadOnlyList<UnitFigure> figures) => Math.Round(figures.Average(f => f.Value), 2);

    // Σ numerators / Σ denominators over the units that gave both; a unit that stated only a percent
    // cannot be weighted, so when none gave both the mean is the honest fallback and Basis says so.
    private static (decimal? Value, int Count, string Basis) RatioOfSums(IReadOnlyList<UnitFigure> figures)
    {
        var weighted = figures.Where(f => f.Numerator is not null && f.Denominator is > 0).ToList();
        if (weighted.Count == 0)
        {
            return (Mean(figures), figures.Count, $"Không đơn vị nào nêu tử số/mẫu số: trung bình của {figures.Count} đơn vị");
        }

        var numerator = weighted.Sum(f => f.Numerator!.Value);
        var denominator = weighted.Sum(f => f.Denominator!.Value);
        var basis = $"Tổng tử số / tổng mẫu số của {weighted.Count} đơn vị ({VietnameseNumber.ToVietnamese(numerator, 2)}/{VietnameseNumber.ToVietnamese(denominator, 2)})";
        return (Math.Round(numerator * 100 / denominator, 1), weighted.Count, basis);
    }
}
