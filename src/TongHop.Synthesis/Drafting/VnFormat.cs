using System.Globalization;
using TongHop.Text.Dates;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Drafting;

/// <summary>Numbers (1.234,5) and dates (dd/MM/yyyy) as a Vietnamese document writes them, whatever the machine's culture.</summary>
public static class VnFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(decimal value, int maxDecimals = 2) => VietnameseNumber.ToVietnamese(value, maxDecimals);

    public static string Date(DateOnly date) => VietnameseDates.Format(date);

    /// <summary>"16:00": the invariant culture, since a custom ':' follows the culture's time separator.</summary>
    public static string Time(DateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// "ngày 05 tháng 02 năm 2025", "ngày 30 tháng 9 năm 2025": Decree 30, Appendix I writes a day below 10
    /// and the months 1 and 2 with a leading zero, other months without.
    /// </summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>A value with the catalog unit's word: 65,5%, 1.234 người, 7.630.404.000 đồng, 12,5 km².</summary>
    public static string Quantity(decimal value, string unit) => unit switch
    {
        "percent" => Number(value, 1) + "%",
        "vnd" => Number(value, 0) + " đồng",
        "people" => Number(value) + " người",
        "km2" => Number(value) + " km²",
        _ => Number(value),
    };
}
