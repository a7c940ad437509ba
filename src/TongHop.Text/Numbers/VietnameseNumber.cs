using System.Globalization;

namespace TongHop.Text.Numbers;

/// <summary>
/// Vietnamese number notation: <c>.</c> groups thousands and <c>,</c> is the decimal mark, so
/// <c>7.630.404.000</c> is 7630404000, <c>85,3</c> is 85.3 and <c>46,046</c> is 46.046.
/// Never throws; a string that is not a number in this notation gives <c>false</c>.
/// </summary>
public static class VietnameseNumber
{
    // 28 significant digits fit a decimal; longer runs are not quantities (and would overflow).
    private const int MaxLength = 26;

    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
    };

    /// <summary>Parses <c>18.009</c>, <c>06</c>, <c>85,3</c>, <c>1.234,5</c>. A <c>.</c> group that is not
    /// three digits long (<c>2.1</c>, <c>4.0</c>) is a section or version number, not a quantity.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > MaxLength || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        var comma = s.IndexOf(',');
        if (comma >= 0 && s[(comma + 1)..].IndexOfAny('.', ',') >= 0)
        {
            return false;
        }

        var integer = comma >= 0 ? s[..comma] : s;
        var fraction = comma >= 0 ? s[(comma + 1)..] : [];
        return HasValidGroups(integer) && Compose(integer, fraction, out value);
    }

    /// <summary>Like <see cref="TryParse"/>, but also reads an English decimal point (<c>85.3</c>), which
    /// English OCR and some authors write before a <c>%</c>.</summary>
    public static bool TryParsePercent(ReadOnlySpan<char> s, out decimal value)
    {
        if (TryParse(s, out value))
        {
            return true;
        }

        var dot = s.IndexOf('.');
        return dot > 0 && s.Count('.') == 1 && s.IndexOf(',') < 0 && s.Length - dot - 1 is 1 or 2 &&
               Compose(s[..dot], s[(dot + 1)..], out value);
    }

    /// <summary>
    /// Reads a number a person typed, leniently: <c>1.234,5</c>, <c>85,3%</c>, <c>7.630.404.000</c>, <c>-3,5</c>, spaces
    /// anywhere; a dot that does not group thousands is a decimal point (<c>85.3</c>). For form fields, not for report text
    /// (where "2.1" is a section number and <see cref="TryParse"/> says no).
    /// </summary>
    public static bool TryParseLenient(string? text, out decimal value)
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

    /// <summary>Writes a value the Vietnamese way: 65.5 → "65,5", 7630404000 → "7.630.404.000".</summary>
    public static string ToVietnamese(decimal value) =>
        value.ToString("#,##0.##########", Format);

    /// <summary>Writes a value the Vietnamese way with at most <paramref name="maxDecimals"/> decimals (rounded): 1234.56 → "1.234,56".</summary>
    public static string ToVietnamese(decimal value, int maxDecimals) =>
        value.ToString("#,##0." + new string('#', maxDecimals), Format).TrimEnd(',');

    /// <summary>A percentage with one decimal at most: 85.34 → "85,3%".</summary>
    public static string ToVietnamesePercent(decimal value) => ToVietnamese(value, 1) + "%";

    // "7.630.404.000" or "18.009": every dot is followed by exactly three digits.
    private static bool IsGrouped(string s)
    {
        var parts = s.TrimStart('-').Split('.');
        return parts.Length > 1 && parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }

    private static bool HasValidGroups(ReadOnlySpan<char> integer)
    {
        var first = true;
        foreach (var range in integer.Split('.'))
        {
            var group = integer[range];
            if (group.IsEmpty || (!first && group.Length != 3))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    private static bool Compose(ReadOnlySpan<char> integer, ReadOnlySpan<char> fraction, out decimal value)
    {
        value = 0;
        foreach (var c in integer)
        {
            if (c != '.')
            {
                value = (value * 10) + (c - '0');
            }
        }

        var scale = 0.1m;
        foreach (var c in fraction)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value += (c - '0') * scale;
            scale /= 10;
        }

        return true;
    }
}
