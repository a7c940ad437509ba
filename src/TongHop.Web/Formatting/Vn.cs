using TongHop.Core.Time;
using TongHop.Text.Dates;
using TongHop.Text.Numbers;

namespace TongHop.Web.Formatting;

/// <summary>
/// The pages' thin view of Text's Vietnamese numbers (1.234,5) and dates (06/08/2025): a missing value is "—", times are
/// shown in province time, and a deadline as a countdown. The notation itself is <see cref="VietnameseNumber"/> and
/// <see cref="VietnameseDates"/>.
/// </summary>
public static class Vn
{
    public static string Number(decimal? value, int maxDecimals = 2) =>
        value is { } v ? VietnameseNumber.ToVietnamese(v, maxDecimals) : "—";

    public static string Percent(decimal value) => VietnameseNumber.ToVietnamesePercent(value);

    public static string Date(DateOnly? date) => date is { } d ? VietnameseDates.Format(d) : "—";

    /// <summary>A UTC time shown in province time, e.g. "22/09/2025 14:00".</summary>
    public static string DateTime(DateTime? utc) => utc is { } t ? VietnameseDates.FormatDateTime(ProvinceTime.ToLocal(t)) : "—";

    /// <summary>"còn 2 ngày 3 giờ" or "đã quá hạn 5 ngày".</summary>
    public static string Countdown(DateTime deadlineUtc, DateTime nowUtc)
    {
        var left = deadlineUtc - nowUtc;
        var span = left.Duration();
        var text = span.TotalDays >= 1 ? $"{(int)span.TotalDays} ngày {span.Hours} giờ" : $"{span.Hours} giờ {span.Minutes} phút";
        return left >= TimeSpan.Zero ? "còn " + text : "đã quá hạn " + text;
    }
}
