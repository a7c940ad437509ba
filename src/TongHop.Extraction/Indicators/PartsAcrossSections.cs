using TongHop.Core.Extraction;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Parts of one whole stated in sections apart, for indicators whose parts add up: the commune's own team in one
/// section ("Tổ công nghệ số cộng đồng cấp phường gồm mười hai thành viên"), the village teams in another ("Tại các
/// khu phố đã thành lập 28 tổ … với 142 thành viên") is 154. They add up only when that is unambiguous: one count
/// at the commune's level, one at the villages', nothing else counting the same thing, no table; a whole stated
/// elsewhere ("Toàn xã có 107 thành viên", "tổng số") wins over the parts. Where the commune's count and more than one other count stand (two counts of the villages'
/// teams, or one of no level), the text does not say which add up: the value is left unread with a
/// <c>parts-unclear</c> finding (a wrong value is worse than none). Counts in one statement, or in a commune sentence
/// followed by a village one, are <see cref="PartsSummer"/>'s.
/// </summary>
internal static class PartsAcrossSections
{
    public const string UnclearCode = "parts-unclear";

    // The commune's level as PartsSummer reads it; "bản" and "ấp" are also other words ("văn bản"), so this villages' list
    // leaves them out (PartsSummer counts them only where a sentence opens with them).
    private static readonly string[] CommuneLevel = PartsSummer.CommuneLevel;
    private static readonly string[] VillageLevel = ["thon", "to dan pho", "khu pho", "khu dan cu", "xom", "cap thon", "lang", "buon", "soc"];

    // Words that state the whole: "Toàn xã có 107 thành viên", "tổng số thành viên … là 154".
    private static readonly string[] WholeWords = ["toan xa", "toan phuong", "toan dac khu", "tong so", "tong cong", "tat ca", "toan bo"];

    private enum Level
    {
        None,
        Commune,
        Village,
        Whole,
    }

    public static void Apply(DocumentView view, List<Candidate> candidates, Func<Candidate, ValueKind> kindOf, List<Finding> findings)
    {
        var byIndicator = candidates
            .Where(c => c.Indicator.Definition.SumsParts)
            .GroupBy(c => c.Indicator)
            .ToList();
        foreach (var group in byIndicator)
        {
            // Already a sum of parts, or a table that counts it: theirs to say.
            if (group.Any(c => c.Table is not null || c.From.Count > 1))
            {
                continue;
            }

            var counts = group
                .Where(c => c.Support.UnitWord && !c.First.IsPart && kindOf(c) == ValueKind.Actual)
                .Select(c => (Candidate: c, Level: LevelOf(view, c.First.Sentence)))
                .ToList();
            var commune = counts.Where(c => c.Level == Level.Commune).ToList();
            var village = counts.Where(c => c.Level == Level.Village).ToList();
            if (counts.Count == 1 && commune.Count == 1 && ListedParts(view, commune[0].Candidate) is { Count: >= 2 } lines)
            {
                var own = commune[0].Candidate;
                var sum = own.Value + lines.Sum(m => m.Value);
                candidates.Add(new Candidate(own.Indicator, [own.First, .. lines], sum, own.Score + 0.5,
                    "tổng các phần: " + VietnameseNumber.ToVietnamese(own.Value) + " + " + string.Join(" + ", lines.Select(m => VietnameseNumber.ToVietnamese(m.Value))),
                    null, own.Support, Ceiling: ListedPartsCeiling));
                continue;
            }

            if (commune.Count == 0 || village.Count == 0)
            {
                continue;
            }

            var wholes = counts.Where(c => c.Level == Level.Whole).ToList();
            if (wholes.Count > 0)
            {
                // A whole stated beside the parts wins over them ("Toàn xã có 107 thành viên"), when it is one value.
                if (wholes.Select(c => c.Candidate.Value).Distinct().Count() == 1)
                {
                    var whole = wholes.MaxBy(c => c.Candidate.Score).Candidate;
                    candidates.Add(whole with { Score = counts.Max(c => c.Candidate.Score) + 0.5, Reason = "tổng đã nêu của các phần" });
                }

                continue;
            }

            var communeValues = commune.Select(c => c.Candidate.Value).Distinct().ToList();
            var otherValues = counts.Where(c => c.Level != Level.Commune).Select(c => c.Candidate.Value).Distinct().ToList();
            if (communeValues.Count == 1 && otherValues.Count == 1 && counts.All(c => c.Level is Level.Commune or Level.Village))
            {
                var own = commune.MaxBy(c => c.Candidate.Score).Candidate;
                var teams = village.MaxBy(c => c.Candidate.Score).Candidate;
                candidates.Add(new Candidate(
                    own.Indicator,
                    [own.First, teams.First],
                    own.Value + teams.Value,
                    Math.Max(own.Score, teams.Score) + 0.5,
                    "tổng các phần: " + VietnameseNumber.ToVietnamese(own.Value) + " + " + VietnameseNumber.ToVietnamese(teams.Value),
                    null,
                    (own.Score >= teams.Score ? own : teams).Support));
                continue;
            }

            var listed = string.Join(", ", counts.Select(c => c.Candidate.Value).Distinct().Select(v => VietnameseNumber.ToVietnamese(v)));
            var first = counts.MinBy(c => c.Candidate.First.Span.Start).Candidate;
            findings.Add(new Finding(UnclearCode, FindingSeverity.Warning,
                $"Các phần của cùng một số liệu nêu ở nhiều mục ({listed}), không rõ phần nào cộng lại thành tổng: để trống, người duyệt nhập tay.",
                first.First.Span, first.Indicator.Definition.Key));
            var unread = counts.Select(c => c.Candidate).ToHashSet();
            candidates.RemoveAll(unread.Contains);
        }
    }

    // The list's parts are added on the reading of its layout alone: right more often than the commune's own count, not
    // sure enough to be confident.
    private const double ListedPartsCeiling = 0.85;

    /// <summary>
    /// The other teams' counts listed one a line under the commune's own ("Tổ … cấp xã gồm 9 thành viên …", then "Tổ …
    /// đã thành lập tại 6 bản:" and "- Bản A: 5 thành viên;" a line): the line right after the commune's ends with a
    /// colon, and the bulleted lines under it each count one number of the indicator's unit word. Empty when the next
    /// line is no such label or fewer than two lines follow it.
    /// </summary>
    private static List<Measurement> ListedParts(DocumentView view, Candidate own)
    {
        var text = view.Text;
        var lineEnd = text.IndexOf('\n', own.First.Span.End);
        if (lineEnd < 0)
        {
            return [];
        }

        var labelEnd = text.IndexOf('\n', lineEnd + 1);
        if (labelEnd < 0 || !text.AsSpan(lineEnd + 1, labelEnd - lineEnd - 1).TrimEnd().EndsWith(":"))
        {
            return [];
        }

        // The label names the lower level ("… tại 6 bản:", "Các tổ ở thôn:"), and no breakdown of the team itself ("Cơ
        // cấu thành viên của Tổ như sau:", "trong đó:"): those lines would be the commune's own members again.
        var label = FoldedWords.Of(view.Folded.AsSpan(lineEnd + 1, labelEnd - lineEnd - 1));
        if (!FoldedWords.HasAny(label, VillageLevel) && !FoldedWords.HasAny(label, VillageWordsOfAList) || FoldedWords.HasAny(label, BreakdownWords))
        {
            return [];
        }

        var parts = new List<Measurement>();
        var start = labelEnd + 1;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).TrimStart();
            if (line.Length == 0 || line[0] is not ('-' or '+' or '•' or '–'))
            {
                break;
            }

            var counted = view.Measurements
                .Where(m => m.Span.Start >= start && m.Span.End <= end && m.IsWholeCount && own.Indicator.UnitWordLeads(m.OcrNounKey))
                .ToList();
            if (counted.Count != 1)
            {
                return [];
            }

            parts.Add(counted[0]);
            start = end + 1;
        }

        // Lines that add up to the commune's own count break it down; they are not more teams.
        return parts.Sum(m => m.Value) == own.Value ? [] : parts;
    }

    // A list's label names its villages by these too ("bản" is also a committee, "ban", so only in a list's label).
    private static readonly string[] VillageWordsOfAList = ["ban", "ap", "plei"];

    private static readonly string[] BreakdownWords = ["trong do", "gom", "co cau", "thanh phan", "bao gom"];

    private static Level LevelOf(DocumentView view, int sentence)
    {
        var span = view.Sentences[sentence];
        var words = FoldedWords.Of(view.Folded.AsSpan(span.Start, span.End - span.Start));
        bool Has(string[] list) => FoldedWords.HasAny(words, list);
        var village = Has(VillageLevel);
        var commune = Has(CommuneLevel);
        if (Has(WholeWords) && !village)
        {
            return Level.Whole;
        }

        return (commune, village) switch
        {
            (true, false) => Level.Commune,
            (false, true) => Level.Village,
            _ => Level.None,
        };
    }
}
