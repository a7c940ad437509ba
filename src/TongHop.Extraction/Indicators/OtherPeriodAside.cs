using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// An aside in brackets about another period: "(năm 2024 tỷ lệ này đạt 91,7%)", "(cùng kỳ năm trước: 88%)". A figure
/// inside such brackets, after the words that name the period, is that period's, not the statement's own.
/// </summary>
internal static class OtherPeriodAside
{
    /// <summary>Whether the figure at <paramref name="position"/> stands in brackets opened after <paramref name="from"/>
    /// whose words before it name a year or an earlier period.</summary>
    public static bool Holds(string text, string folded, int from, int position)
    {
        var open = text.LastIndexOf('(', position - 1, position - from);
        if (open < 0 || text.IndexOf(')', open, position - open) >= 0)
        {
            return false;
        }

        var inside = folded.AsSpan(open + 1, position - open - 1);
        return NamesAYear(inside) || PeriodNames.MentionsEarlier(inside);
    }

    // "năm 2024" (a calendar year after "năm") inside the aside.
    private static bool NamesAYear(ReadOnlySpan<char> inside)
    {
        for (var at = inside.IndexOf("nam ", StringComparison.Ordinal); at >= 0;)
        {
            var digits = at + 4;
            if ((at == 0 || !char.IsLetter(inside[at - 1])) && digits + 4 <= inside.Length && CalendarYear.TryParse(inside.Slice(digits, 4), out _))
            {
                return true;
            }

            var next = inside[digits..].IndexOf("nam ", StringComparison.Ordinal);
            at = next < 0 ? -1 : digits + next;
        }

        return false;
    }
}
