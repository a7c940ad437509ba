using System.Globalization;

namespace TongHop.Web.Formatting;

/// <summary>
/// Reads a number typed by a reviewer the Vietnamese way: <c>1.234,5</c>, <c>85,3</c>, <c>7.630.404.000</c>;
/// a lone dot followed by other than three digits is taken as a decimal point (<c>85.3</c>).
/// </summary>
public static class VnNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var s = (text ?? "").Trim().TrimEnd('%').Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (s.Length is 0 or > 40)
        {
            return false;
        }

        s = s.Contains(',', StringComparison.Ordinal) ? s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.')
            : IsGrouped(s) ? s.Replace(".", "", StringComparison.Ordinal)
            : s;
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // "7.630.404.000" or "18.009": every dot is followed by exactly three digits.
    private static bool IsGrouped(string s)
    {
        var parts = s.TrimStart('-').Split('.');
        return parts.Length > 1 && parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }
}
