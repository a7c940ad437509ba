namespace TongHop.Extraction.Indicators;

/// <summary>Reads "năm 2025" mentions in folded text: the year of a statement, and the report's own year.</summary>
internal static class Years
{
    private const string Marker = "nam ";

    /// <summary>The year most often written "năm YYYY" in the folded text, or null; mentions where
    /// <paramref name="counts"/> says no (in a plan section: "III. PHƯƠNG HƯỚNG NĂM 2026", "kinh phí năm 2026") are left
    /// out while others remain, so a report on 2025 with as many words on its plan for 2026 is still a report on 2025.</summary>
    public static int? MostMentioned(string folded, Func<int, bool>? counts = null)
    {
        var all = All(folded, 0, folded.Length).ToList();
        var kept = counts is null ? all : all.Where(m => counts(m.At)).ToList();
        var tally = new Dictionary<int, int>();
        foreach (var (_, year) in kept.Count > 0 ? kept : all)
        {
            tally[year] = tally.GetValueOrDefault(year) + 1;
        }

        return tally.Count == 0 ? null : tally.MaxBy(kv => (kv.Value, kv.Key)).Key;
    }

    /// <summary>The year a number at <paramref name="position"/> refers to: the nearest "năm YYYY" before it
    /// in the span, else the first after it.</summary>
    public static int? Near(string folded, int start, int end, int position)
    {
        int? before = null, after = null;
        foreach (var (at, year) in All(folded, start, end))
        {
            if (at < position)
            {
                before = year;
            }
            else
            {
                after ??= year;
            }
        }

        return before ?? after;
    }

    /// <summary>The last "năm YYYY" of folded text between <paramref name="start"/> and <paramref name="position"/>: where it starts and its year.</summary>
    public static (int At, int Year)? LastBefore(string folded, int start, int position)
    {
        (int At, int Year)? last = null;
        foreach (var found in All(folded, start, position))
        {
            last = found;
        }

        return last;
    }

    private static IEnumerable<(int At, int Year)> All(string folded, int start, int end)
    {
        var i = start;
        while ((i = folded.IndexOf(Marker, i, end - i, StringComparison.Ordinal)) >= 0)
        {
            var digits = i + Marker.Length;
            if ((i == 0 || !char.IsLetter(folded[i - 1])) && digits + 4 <= end && IsYear(folded.AsSpan(digits, 4), out var year) &&
                (digits + 4 == folded.Length || !char.IsAsciiDigit(folded[digits + 4])))
            {
                yield return (i, year);
            }

            i = digits;
        }
    }

    private static bool IsYear(ReadOnlySpan<char> s, out int year) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100;
}
