using TongHop.Core.Indicators;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// A province figure compared in words, as a leader reads it: "tăng 4,2 điểm phần trăm so với cùng kỳ năm trước (60,5%)"
/// for a percent, "giảm 3 (16,7%) so với quý trước (18)" for a count, "không thay đổi so với …" when the figures are equal
/// as written. The change is worked out on the values, then written with the figure's own precision (a percent to one
/// decimal, anything else to two), so a difference too small to show reads as no change.
/// </summary>
public static class TrendText
{
    /// <summary>The comparisons of <paramref name="now"/> with the earlier requests, joined by "và"; empty when there is none.</summary>
    public static string Of(SynthesisIndicator indicator, decimal now, SynthesisTrends trends)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(trends);
        var parts = new List<string>();
        var previous = trends.Previous is not null && trends.PreviousValues.TryGetValue(indicator.Key, out var pv) ? pv : (decimal?)null;
        var yearAgo = trends.YearAgo is not null && trends.YearAgoValues.TryGetValue(indicator.Key, out var yv) ? yv : (decimal?)null;
        // A nine-month or yearly report's previous one is last year's: one comparison, named as the same period a year earlier.
        if (previous is { } then && (yearAgo is null || trends.YearAgo!.Id != trends.Previous!.Id))
        {
            parts.Add(Clause(now, then, indicator.Unit, PreviousName(trends.Previous!)));
        }

        if (yearAgo is { } year)
        {
            parts.Add(Clause(now, year, indicator.Unit, trends.YearAgo!.Months == 12 ? "năm trước" : "cùng kỳ năm trước"));
        }

        return string.Join(" và ", parts);
    }

    /// <summary>One comparison: "tăng 5 (33,3%) so với quý trước (15)".</summary>
    public static string Clause(decimal now, decimal then, MeasureUnit unit, string against)
    {
        var percent = unit == MeasureUnit.Percent;
        var change = Math.Round(now - then, percent ? 1 : 2, MidpointRounding.AwayFromZero);
        var was = $"so với {against} ({QuantityText.Of(then, unit)})";
        if (change == 0)
        {
            return "không thay đổi " + was;
        }

        var size = Math.Abs(change);
        var amount = percent ? VietnameseNumber.ToVietnamese(size, 1) + " điểm phần trăm" : QuantityText.Of(size, unit);
        // Relative change only where it means something: not for percents (points say it) nor from zero or a negative base.
        var relative = !percent && then > 0 ? $" ({VietnameseNumber.ToVietnamesePercent(Math.Abs(now - then) / then * 100m)})" : "";
        return $"{(change > 0 ? "tăng" : "giảm")} {amount}{relative} {was}";
    }

    // "quý trước" for the quarter just before; a request further back is named by its period.
    private static string PreviousName(EarlierRequest request) => !request.Adjacent
        ? SynthesisDrafter.LowerFirst(request.PeriodLabel)
        : request.Months switch
        {
            1 => "tháng trước",
            3 => "quý trước",
            12 => "năm trước",
            _ => "kỳ trước",
        };
}
