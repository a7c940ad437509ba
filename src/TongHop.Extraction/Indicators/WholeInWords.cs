using TongHop.Core;
using TongHop.Core.Extraction;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A share of 100% said in words: "tất cả giáo viên, nhân viên đều đã hoàn thành …", "toàn bộ công chức của phòng (14
/// người) đã được cấp …". "Toàn bộ" or "tất cả", then the short nouns it covers (a list joined by ", " or "và", a
/// bracket with their count), then "đều" or a verb of the result ("đã", "được"): a percent of 100 whose span runs up to
/// that word, so the words after it label it as they would label "100%". Not where a negation or an "almost" comes
/// before ("chưa phải tất cả", "gần như toàn bộ"), where "đều" is denied ("đều chưa", "đều không"), where a number of
/// things follows the trigger ("tất cả 110 chứng thư" is a total; a number of people is theirs: "tất cả 54 công chức …
/// đều …"), or where the trigger does not open its clause (after a verb
/// it names an object: "rà soát toàn bộ hồ sơ đã tiếp nhận"). A line break inside the sentence (an OCR'd page keeps the
/// page's lines: "Toàn bộ" at a line's end, "46 cán bộ … đã được cấp …" on the next) is a space.
/// </summary>
internal static class WholeInWords
{
    private static readonly string[] Triggers = ["toan bo", "tat ca"];

    private static readonly string[] Before = ["khong", "chua", "gan nhu", "hau nhu", "hau het", "khong phai", "chua phai", "gan"];

    private static readonly string[] Results = ["deu", "da", "duoc"];

    private static readonly string[] Denied = ["chua", "khong", "chi", "phai"];

    private const int MaxNounWords = 12;

    public static List<Quantity> Find(string text, string folded)
    {
        var found = new List<Quantity>();
        foreach (var trigger in Triggers)
        {
            var at = 0;
            while ((at = folded.IndexOf(trigger, at, StringComparison.Ordinal)) >= 0)
            {
                var start = at;
                at += trigger.Length;
                if ((start > 0 && char.IsLetterOrDigit(folded[start - 1])) || at >= folded.Length || !IsSpace(folded, at) ||
                    !OpensClause(folded, start) || Preceded(folded, start) || ResultAfter(folded, at) is not { } result)
                {
                    continue;
                }

                found.Add(new Quantity(100, Measure.Percent, Qualifier.Exact, new TextSpan(start, result), ""));
            }
        }

        return found;
    }

    // The covered nouns are the clause's subject: the trigger opens its sentence or clause ("Đến nay, tất cả các thôn đều
    // …"). After a verb it is an object ("rà soát toàn bộ hồ sơ đã tiếp nhận"), no share.
    private static bool OpensClause(string folded, int start)
    {
        var i = start - 1;
        while (i >= 0 && folded[i] == ' ')
        {
            i--;
        }

        return i < 0 || folded[i] is '.' or ';' or ':' or ',' or '\n' or '-' or '(' or '\t';
    }

    private static bool Preceded(string folded, int start)
    {
        var from = Math.Max(0, start - 14);
        var before = folded[from..start].TrimEnd();
        return Before.Any(w => before.EndsWith(" " + w, StringComparison.Ordinal) || before == w);
    }

    // Staff and people a share of them is taken of: a count of them after the trigger is their number, not a total of a thing.
    private static readonly string[] People =
        ["can bo", "cong chuc", "vien chuc", "nguoi", "nhan vien", "giao vien", "hoi vien", "doan vien", "thanh vien", "chien si", "nguoi lao dong", "cbccvc", "cbcc"];

    /// <summary>The spans of the shares of 100% in words among the quantities.</summary>
    public static List<TextSpan> Spans(string folded, IReadOnlyList<Quantity> quantities) =>
        [.. quantities.Where(q => q.Measure == Measure.Percent && q.Noun.Length == 0 && q.Span.Length > 0 &&
                                  Triggers.Any(t => folded.AsSpan(q.Span.Start).StartsWith(t, StringComparison.Ordinal) &&
                                                    q.Span.Start + t.Length < folded.Length && IsSpace(folded, q.Span.Start + t.Length)))
                      .Select(q => q.Span)];

    /// <summary>Whether a number is the count of the people right after "tất cả"/"toàn bộ" that open a share of 100% in
    /// words ("Tất cả 54 công chức … đều được cấp tài khoản …"), or in the bracket of such a share ("Toàn bộ cán bộ, công
    /// chức xã (52 người) đã được cấp …"): the base of the share, no count of the thing given.</summary>
    public static bool CountsTheCovered(List<TextSpan> wholes, TextSpan number)
    {
        foreach (var w in wholes)
        {
            if (w.Start < number.Start && number.End <= w.End)
            {
                return true;
            }
        }

        return false;
    }

    // Where the people counted by the digits at i end, or null when no people noun follows them.
    private static int? PeopleAfter(string folded, int i)
    {
        var end = i;
        while (end < folded.Length && (char.IsAsciiDigit(folded[end]) || folded[end] == '.'))
        {
            end++;
        }

        var rest = folded.AsSpan(end).TrimStart(" \n");
        foreach (var p in People)
        {
            if (rest.StartsWith(p, StringComparison.Ordinal) && (rest.Length == p.Length || !char.IsLetter(rest[p.Length])))
            {
                return end;
            }
        }

        return null;
    }

    // Where the result word after the nouns the trigger covers starts, or null when the words after it are no such list.
    private static int? ResultAfter(string folded, int at)
    {
        var words = 0;
        var i = at;
        var firstWord = true;
        while (i < folded.Length && words <= MaxNounWords)
        {
            while (i < folded.Length && IsSpace(folded, i))
            {
                i++;
            }

            if (i >= folded.Length)
            {
                return null;
            }

            var c = folded[i];
            if (c == '(' && !firstWord)
            {
                // "(52 người)": the count of what is covered.
                var close = folded.IndexOf(')', i);
                if (close < 0 || close - i > 30 || folded.AsSpan(i, close - i).IndexOfAny(";:.") >= 0)
                {
                    return null;
                }

                i = close + 1;
                continue;
            }

            if (c == ',' && !firstWord)
            {
                i++;
                continue;
            }

            if (firstWord && char.IsAsciiDigit(c) && PeopleAfter(folded, i) is { } people)
            {
                i = people; // "tất cả 54 công chức, viên chức … đều được cấp …": the people covered, counted
                firstWord = false;
                words++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                return null; // a digit ("tất cả 110 chứng thư" is a total), a clause break
            }

            var end = i;
            while (end < folded.Length && char.IsLetter(folded[end]))
            {
                end++;
            }

            var word = folded[i..end];
            if (!firstWord && Results.Contains(word))
            {
                var next = end;
                while (next < folded.Length && IsSpace(folded, next))
                {
                    next++;
                }

                var after = next;
                while (after < folded.Length && char.IsLetter(folded[after]))
                {
                    after++;
                }

                return Denied.Contains(folded[next..after]) ? null : i;
            }

            firstWord = false;
            words++;
            i = end;
        }

        return null;
    }

    // A space, or a line break that is no paragraph's end (no blank line after it).
    private static bool IsSpace(string folded, int i) =>
        folded[i] == ' ' || (folded[i] == '\n' && (i == 0 || folded[i - 1] != '\n') && (i + 1 >= folded.Length || folded[i + 1] != '\n'));
}
