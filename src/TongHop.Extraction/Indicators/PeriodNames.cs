using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Words that name a period of the year, in folded words ("quy iii", "thang 10", "nam 2025", "cung ky"): one home for
/// the column titles of a table (<c>Tables/ColumnWords</c>), the row labels of a table whose rows are periods
/// (<c>Tables/IndicatorColumnTable</c>) and the asides of prose (<see cref="OtherPeriodAside"/>).
/// </summary>
internal static class PeriodNames
{
    /// <summary>A period before the report's: "cùng kỳ", "năm trước", "kỳ trước", "năm ngoái", "quý trước", "tháng trước".</summary>
    public static readonly string[] Earlier = ["cung ky", "nam truoc", "ky truoc", "nam ngoai", "quy truoc", "thang truoc"];

    /// <summary>Units of time and rounds, folded: "năm", "quý", "tháng", "tuần", "ngày", "kỳ", "đợt", "lần", "buổi", "giờ".
    /// "mỗi năm", "từng đợt": a figure for each of them is a rate, not a count for each part (<c>PerPartCounts</c>).</summary>
    public static readonly string[] TimeUnits = ["nam", "quy", "thang", "tuan", "ngay", "ky", "dot", "lan", "buoi", "gio"];

    private static readonly string[] RowOpenings = ["quy ", "thang ", "ca nam", "nam ", "luy ke", "6 thang", "9 thang"];

    /// <summary>"quy i", "quy iii/2025" (folded: "quy iii 2025"), "quy 2 nam 2025": the quarter's number; null for
    /// anything else.</summary>
    public static int? Quarter(string words)
    {
        var w = words.Split(' ');
        if (w.Length < 2 || w[0] != "quy" || !w.Skip(2).All(x => x == "nam" || CalendarYear.Is(x)))
        {
            return null;
        }

        return w[1] switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4, _ => null };
    }

    /// <summary>"thang 10", "thang 10 2025", "thang 10 nam 2025": one month.</summary>
    public static bool IsMonth(string words)
    {
        var w = words.Split(' ');
        return w.Length >= 2 && w[0] == "thang" && w[1].Length is 1 or 2 && w[1].All(char.IsAsciiDigit) &&
               w.Skip(2).All(x => x == "nam" || CalendarYear.Is(x));
    }

    /// <summary>Words that name only a period ("nam 2025", "quy iii 2025", "6 thang dau nam 2025"), nothing else: a
    /// column title over the titles that say plan or result.</summary>
    public static bool IsPeriodOnly(string words, bool namesAYear) =>
        (namesAYear || words.StartsWith("quy ", StringComparison.Ordinal)) &&
        words.Split(' ').All(w => w is "nam" or "quy" or "thang" or "dau" or "cuoi" || CalendarYear.Is(w) || w.All(char.IsAsciiDigit) ||
                                  IsRoman(w));

    /// <summary>
    /// A row label that names a period rather than a part of the unit or an indicator: "quy i", "quy iv uoc", "thang 10",
    /// "6 thang dau nam", "9 thang", "ca nam 2025", "nam 2025", "2025", "luy ke". A numeral or a year must follow
    /// "quý", "tháng" and "năm" ("năm học sinh" is no period).
    /// </summary>
    public static bool IsRowLabel(string words)
    {
        if (words.Length == 0 || CalendarYear.Is(words))
        {
            return words.Length > 0;
        }

        foreach (var opening in RowOpenings)
        {
            if (words.StartsWith(opening, StringComparison.Ordinal) || words == opening.TrimEnd())
            {
                return opening is not ("quy " or "thang " or "nam ") || NumeralFollows(words[opening.Length..]);
            }
        }

        return false;
    }

    /// <summary>Whether the folded text names an earlier period anywhere (<see cref="Earlier"/>, as a substring).</summary>
    public static bool MentionsEarlier(ReadOnlySpan<char> folded)
    {
        foreach (var w in Earlier)
        {
            if (folded.IndexOf(w, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NumeralFollows(string rest)
    {
        var space = rest.IndexOf(' ');
        var first = space < 0 ? rest : rest[..space];
        return first.Length > 0 && (first.All(char.IsAsciiDigit) || IsRoman(first));
    }

    private static bool IsRoman(string word) => word.Length > 0 && word.All(c => c is 'i' or 'v' or 'x');
}
