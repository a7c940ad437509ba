using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// A row label that names a period of the year rather than a part of the unit or an indicator: "Quý I", "Quý IV (ước)",
/// "Tháng 10", "6 tháng đầu năm", "9 tháng", "Cả năm 2025", "Năm 2025", "2025", "Lũy kế".
/// </summary>
internal static class PeriodRows
{
    private static readonly string[] Openings = ["quy ", "thang ", "ca nam", "nam ", "luy ke", "6 thang", "9 thang"];

    public static bool IsPeriod(string label)
    {
        var words = ColumnWords.Words(label);
        if (words.Length == 0 || CalendarYear.Is(words))
        {
            return words.Length > 0;
        }

        foreach (var opening in Openings)
        {
            if (words.StartsWith(opening, StringComparison.Ordinal) || words == opening.TrimEnd())
            {
                // "Quý I", "Tháng 10", "Năm 2025": a numeral or a year follows, not a noun ("Năm học sinh").
                return opening is not ("quy " or "thang " or "nam ") || NumeralFollows(words[opening.Length..]);
            }
        }

        return false;
    }

    private static bool NumeralFollows(string rest)
    {
        var space = rest.IndexOf(' ');
        var first = space < 0 ? rest : rest[..space];
        return first.Length > 0 && (first.All(char.IsAsciiDigit) || first.All(c => c is 'i' or 'v' or 'x'));
    }
}
