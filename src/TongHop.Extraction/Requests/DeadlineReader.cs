using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Dates;

namespace TongHop.Extraction.Requests;

/// <summary>
/// Reads the deadline of a request: "chậm nhất vào lúc 14 giờ 00 phút ngày 22/9/2025" → 2025-09-22T14:00
/// (OCR "14 gio 00\nphat ngay 22/9/2025"; a PDF's line may end anywhere: "chậm nhất 15\ngiờ 30 phút ngày 08/10/2025"). Without a time of day, "trước ngày X" is X at 00:00 (before the day
/// starts) and "chậm nhất ngày X" / "hạn … ngày X" is X at 23:59 (during that day).
/// </summary>
public static class DeadlineReader
{

    private static readonly Regex Cue = Patterns.Create(@"(ch[a-z]m[ \t\n]+nh[a-z]t|\btr[uw][o0e][a-z]?c\b|h[a-z]n[ \t]+ch[o0]t|th[o0][i1][ \t]+h[a-z]n|h[a-z]n[ \t]+g[uw][i1])");

    private static readonly Regex Clock = Patterns.Create(@"(\d{1,2})[ \t\n]*(gio|giờ|g|h)[ \t\n]*(\d{1,2})?[ \t\n]*(ph[a-z]t)?[ \t\n]*,?[ \t\n]*(ngay|ng[a-z]y)?");

    private const int Reach = 80;

    public static DateTime? Read(ParsedDocument document)
    {
        var folded = document.Folded;
        foreach (Match cue in Cue.Matches(folded))
        {
            var from = cue.Index + cue.Length;
            var window = Math.Min(Reach, folded.Length - from);
            if (ReadAfterCue(folded, from, window, cue.Value.StartsWith("tr", StringComparison.Ordinal)) is { } deadline)
            {
                return deadline;
            }
        }

        return null;
    }

    private static DateTime? ReadAfterCue(string folded, int from, int window, bool before)
    {
        var clock = Clock.Match(folded, from, window);
        if (clock.Success && clock.Groups[2].Success)
        {
            var date = VietnameseDates.MatchAt(folded, clock.Index + clock.Length);
            var hour = int.Parse(clock.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var minute = clock.Groups[3].Success ? int.Parse(clock.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (date?.Date is { } d && hour < 24 && minute < 60)
            {
                return d.ToDateTime(new TimeOnly(hour, minute));
            }
        }

        for (var i = from; i < from + window; i++)
        {
            if (folded[i] == '.' || folded[i] == ';')
            {
                break;
            }

            if (folded.AsSpan(i).StartsWith("ng") && VietnameseDates.MatchAt(folded, i) is { Date: { } day })
            {
                return day.ToDateTime(before ? TimeOnly.MinValue : new TimeOnly(23, 59));
            }
        }

        return null;
    }
}
