using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>Reads "năm 2025" mentions in folded text: the year of a statement, and the report's own year.</summary>
internal static class Years
{
    private const string Marker = "nam ";

    /// <summary>The year most often written "năm YYYY" in the folded text, or null; mentions where
    /// <paramref name="counts"/> says no (in a plan section: "III. PHƯƠNG HƯỚNG NĂM 2026", "kinh phí năm 2026") are left
    /// out while others remain, so a report on 2025 with as many words on its plan for 2026 is still a report on 2025.
    /// The year a figure is compared with ("so với năm 2024", "cao hơn năm 2024", "so với cùng kỳ năm 2024") is no
    /// mention of the report's year: a report that compares every figure with last year names that year more often
    /// than its own.</summary>
    public static int? MostMentioned(string folded, Func<int, bool>? counts = null)
    {
        var all = All(folded, 0, folded.Length).Where(m => !ComparedWith(folded, 0, m.At) && !SameTimeLastYear(folded, m.At)).ToList();
        var kept = counts is null ? all : all.Where(m => counts(m.At)).ToList();
        var tally = new Dictionary<int, int>();
        foreach (var (_, _, year, _) in kept.Count > 0 ? kept : all)
        {
            tally[year] = tally.GetValueOrDefault(year) + 1;
        }

        return tally.Count == 0 ? null : tally.MaxBy(kv => (kv.Value, kv.Key)).Key;
    }

    /// <summary>The year a number at <paramref name="position"/> refers to: the nearest "năm YYYY" before it
    /// in the span, else the first after it.</summary>
    /// A year inside brackets that do not hold the number is that aside's own ("7,86 tỷ đồng (năm 2024: 4,9 tỷ đồng), trong
    /// đó … 5,2 tỷ đồng": the 5,2 is 2025's, not 2024's).
    public static int? Near(string folded, int start, int end, int position) => NearPeriod(folded, start, end, position)?.Year;

    /// <summary>As <see cref="Near"/>, with the first year of the period: a school year's start ("năm học 2025-2026": 2025,
    /// its year 2026), a calendar year's own.</summary>
    public static (int Year, int First)? NearPeriod(string folded, int start, int end, int position)
    {
        (int, int)? before = null, after = null;
        foreach (var (at, _, year, first) in All(folded, start, end))
        {
            if (InAsideWithout(folded, start, end, at, position) || ComparedWith(folded, start, at))
            {
                continue;
            }

            if (at < position)
            {
                before = (year, first);
            }
            else
            {
                after ??= (year, first);
            }
        }

        return before ?? after;
    }

    /// <summary>The last "năm YYYY" of folded text between <paramref name="start"/> and <paramref name="position"/>: where it
    /// starts, where its year ends and its year ("năm học 2023-2024" is 2024's).</summary>
    public static (int At, int End, int Year)? LastBefore(string folded, int start, int position)
    {
        (int At, int End, int Year)? last = null;
        foreach (var (at, yearEnd, year, _) in All(folded, start, position))
        {
            last = (at, yearEnd, year);
        }

        return last;
    }

    private static IEnumerable<(int At, int End, int Year, int First)> All(string folded, int start, int end)
    {
        var i = start;
        while ((i = folded.IndexOf(Marker, i, end - i, StringComparison.Ordinal)) >= 0)
        {
            var digits = i + Marker.Length;
            if (i == 0 || !char.IsLetter(folded[i - 1]))
            {
                if (digits + 4 <= end && CalendarYear.TryParse(folded.AsSpan(digits, 4), out var year) &&
                    (digits + 4 == folded.Length || !char.IsAsciiDigit(folded[digits + 4])))
                {
                    yield return (i, digits + 4, year, year);
                }
                else if (SchoolYear(folded, digits, end) is { } school)
                {
                    yield return (i, school.End, school.Year, school.Year - 1);
                }
            }

            i = digits;
        }
    }

    // "tăng 12 máy so với năm 2024, nâng tổng số … lên 86 máy", "cao hơn năm 2024": the year a figure is compared with is
    // no period of the figures around it.
    private static bool ComparedWith(string folded, int start, int at)
    {
        var before = folded.AsSpan(start, at - start).TrimEnd(' ');
        return before.EndsWith("so voi", StringComparison.Ordinal) || before.EndsWith(" hon", StringComparison.Ordinal);
    }

    // "cùng kỳ năm 2024": the same period a year before, always an earlier one than the report's.
    private static bool SameTimeLastYear(string folded, int at) =>
        folded.AsSpan(0, at).TrimEnd(' ').EndsWith("cung ky", StringComparison.Ordinal);

    // "năm học 2023-2024", "năm học 2023 - 2024": a school year ends in its second year.
    private static (int End, int Year)? SchoolYear(string folded, int from, int end)
    {
        const string School = "hoc ";
        if (!folded.AsSpan(from, Math.Max(0, Math.Min(end, folded.Length) - from)).StartsWith(School, StringComparison.Ordinal))
        {
            return null;
        }

        var first = from + School.Length;
        if (first + 4 > end || !CalendarYear.TryParse(folded.AsSpan(first, 4), out var startYear))
        {
            return null;
        }

        var i = first + 4;
        while (i < end && folded[i] is ' ' or '-' or '–')
        {
            i++;
        }

        return i + 4 <= end && i > first + 4 && CalendarYear.TryParse(folded.AsSpan(i, 4), out var endYear) && endYear == startYear + 1 &&
               (i + 4 == folded.Length || !char.IsAsciiDigit(folded[i + 4]))
            ? (i + 4, endYear)
            : null;
    }

    // Whether the year at <paramref name="at"/> stands in brackets that close before the number at position, or open after
    // it: an aside about another figure.
    private static bool InAsideWithout(string folded, int start, int end, int at, int position)
    {
        var open = folded.LastIndexOf('(', at, at - start + 1);
        if (open < 0 || folded.IndexOf(')', open, at - open) >= 0)
        {
            return false; // not inside brackets
        }

        var close = folded.IndexOf(')', at, end - at);
        return close >= 0 && (close < position || open > position);
    }
}
