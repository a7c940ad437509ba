using System.Globalization;
using System.Text.RegularExpressions;
using TongHop.Core.Documents;
using TongHop.Parsing;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Requests;

/// <summary>
/// Reads a reporting period, both ends inclusive: "9 tháng đầu năm 2025" → 2025-01-01..2025-09-30,
/// "6 tháng cuối năm 2025" → 2025-07-01..2025-12-31, "quý III năm 2025" → 2025-07-01..2025-09-30,
/// "tháng 10 năm 2025" / "tháng 10/2025" → that month, "năm 2025" → the year (only when <c>allowYear</c>).
/// </summary>
public static class ReportPeriodReader
{

    private static readonly Regex FirstMonths = Patterns.Create(@"(\d{1,2})[ \t\n]+th[a-z]ng[ \t\n]+d[a-z]u[ \t\n]+n[a-z]m[ \t\n]+(\d{4})");

    private static readonly Regex LastMonths = Patterns.Create(@"(\d{1,2})[ \t\n]+th[a-z]ng[ \t\n]+cu[o0][i1][ \t\n]+n[a-z]m[ \t\n]+(\d{4})");

    private static readonly Regex Quarter = Patterns.Create(@"qu[yi][ \t]+(iv|iii|ii|i|[1-4])[ \t\n]+(n[a-z]m[ \t\n]+)?(\d{4})");

    private static readonly Regex Month = Patterns.Create(@"th[a-z]ng[ \t]+(\d{1,2})[ \t]*(/|n[a-z]m)[ \t]*(\d{4})");

    private static readonly Regex Year = Patterns.Create(@"n[a-z]m[ \t]+(\d{4})");

    public static ReportPeriod? Read(string text, bool allowYear)
    {
        var folded = VietnameseText.FoldLower(text);
        return FromFirst(text, folded) ?? FromLast(text, folded) ?? FromQuarter(text, folded) ?? FromMonth(text, folded) ??
               (allowYear ? FromYear(text, folded) : null);
    }

    private static ReportPeriod? FromFirst(string text, string folded) =>
        Build(text, FirstMonths.Match(folded), m => (Number(m, 2), 1, Number(m, 2), Number(m, 1)));

    private static ReportPeriod? FromLast(string text, string folded) =>
        Build(text, LastMonths.Match(folded), m => (Number(m, 2), 13 - Number(m, 1), Number(m, 2), 12));

    private static ReportPeriod? FromQuarter(string text, string folded) =>
        Build(text, Quarter.Match(folded), m =>
        {
            var q = m.Groups[1].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
            return (Number(m, 3), (q * 3) - 2, Number(m, 3), q * 3);
        });

    private static ReportPeriod? FromMonth(string text, string folded) =>
        Build(text, Month.Match(folded), m => (Number(m, 3), Number(m, 1), Number(m, 3), Number(m, 1)));

    private static ReportPeriod? FromYear(string text, string folded) =>
        Build(text, Year.Match(folded), m => (Number(m, 1), 1, Number(m, 1), 12));

    private static ReportPeriod? Build(string text, Match m, Func<Match, (int FromYear, int FromMonth, int ToYear, int ToMonth)> range)
    {
        if (!m.Success)
        {
            return null;
        }

        var (fromYear, fromMonth, toYear, toMonth) = range(m);
        if (fromMonth is < 1 or > 12 || toMonth is < 1 or > 12 || fromYear is < 1900 or > 2100)
        {
            return null;
        }

        var label = string.Join(' ', text.Substring(m.Index, m.Length).Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return new ReportPeriod(label, new DateOnly(fromYear, fromMonth, 1),
            new DateOnly(toYear, toMonth, DateTime.DaysInMonth(toYear, toMonth)));
    }

    private static int Number(Match m, int group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
