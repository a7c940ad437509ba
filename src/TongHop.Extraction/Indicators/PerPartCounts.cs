using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A count for each of several parts ("mỗi phân trại 01 đường truyền", "32 khu phố, mỗi khu phố 01 tổ") is no count of
/// the whole, nor one part of it. Where the report says how many such parts there are ("ba phân trại", "32 khu phố": a
/// count whose noun opens with the part's words), the count stands for that many times itself (3 lines, 32 teams); where
/// it does not, or where the count breaks down a count of the same thing just before it in its clause ("04 đường truyền,
/// mỗi xí nghiệp 01 đường truyền"), or where the report names the parts' number twice with different figures, it is not
/// read at all: a wrong total is worse than none.
/// </summary>
internal static class PerPartCounts
{
    private static readonly string[] EachWords = ["moi", "tung"];

    // Words between the part's name and the count that are no part of the name ("mỗi trạm có 01 …", "mỗi xã được cấp 1 …").
    private static readonly HashSet<string> Verbs =
        ["co", "duoc", "su", "dung", "bo", "tri", "trang", "lap", "dat", "cap", "deu", "ket", "noi", "la"];

    public static IReadOnlyList<Measurement> Apply(string text, string folded, IReadOnlyList<Measurement> measurements)
    {
        List<Measurement>? result = null;
        for (var k = 0; k < measurements.Count; k++)
        {
            var m = measurements[k];
            if (m.Measure != Measure.Number || !m.IsWholeCount || m.Sources.Count != 1 || PartName(text, folded, m.Span.Start) is not { } part)
            {
                result?.Add(m);
                continue;
            }

            result ??= [.. measurements.Take(k)];
            if (PeriodNames.TimeUnits.Contains(part.Words[0]) || !IsEachWord(text.AsSpan(part.EachAt, part.EachLength), marked: true))
            {
                result.Add(m); // "mỗi năm 02 cuộc họp" is a rate, no part; a text without marks may mean "môi" (môi trường)
                continue;
            }

            if (!BreaksDownACountBefore(folded, part.EachAt, m, measurements) && HowMany(folded, part.Words, m, measurements) is { } parts)
            {
                result.Add(m with { Value = m.Value * parts });
            }
        }

        return result ?? measurements;
    }

    // The folded words of the part after "mỗi"/"từng" right before the count, in its clause (up to five words, no
    // punctuation between), and where that word stands and its length; null when the count has no such words before it.
    private static (List<string> Words, int EachAt, int EachLength)? PartName(string text, string folded, int start)
    {
        var words = new List<string>();
        var at = start;
        for (var n = 0; n < 6; n++)
        {
            var end = at;
            while (end > 0 && folded[end - 1] is ' ' or '\t')
            {
                end--;
            }

            var begin = end;
            while (begin > 0 && char.IsLetter(folded[begin - 1]))
            {
                begin--;
            }

            if (begin == end)
            {
                return null; // punctuation, a digit or the start: no "mỗi" in the clause
            }

            var word = folded[begin..end];
            if (EachWords.Contains(word) && IsEachWord(text.AsSpan(begin, end - begin)))
            {
                while (words.Count > 1 && Verbs.Contains(words[^1]))
                {
                    words.RemoveAt(words.Count - 1);
                }

                return words.Count == 0 || Verbs.Contains(words[0]) ? null : (words, begin, end - begin);
            }

            words.Insert(0, word);
            at = begin;
        }

        return null;
    }

    // "mỗi" or "từng" as written, or without any mark where the text lost them: not "môi" ("môi trường"), "mọi", "mối",
    // "tầng", which fold alike. With marked: only as written with its marks (a bare "Moi" of English OCR may be "Môi").
    private static bool IsEachWord(ReadOnlySpan<char> written, bool marked = false) =>
        marked
            ? written.Equals("mỗi", StringComparison.OrdinalIgnoreCase) || written.Equals("từng", StringComparison.OrdinalIgnoreCase)
            : FoldedWords.WrittenAs(written, "mỗi", "moi") || FoldedWords.WrittenAs(written, "từng", "tung");


    // "04 đường truyền, mỗi xí nghiệp 01 đường truyền": a count of the same noun earlier in the clause (back to ";", ".",
    // ":" or a line's start) is the whole the "mỗi" count breaks down.
    private static bool BreaksDownACountBefore(string folded, int eachAt, Measurement m, IReadOnlyList<Measurement> measurements)
    {
        var from = eachAt;
        while (from > 0 && folded[from - 1] is not (';' or '.' or ':' or '\n' or '('))
        {
            from--;
        }

        if (from > 0 && folded[from - 1] == '(')
        {
            return true; // in brackets: the breakdown of a count before them
        }

        var noun = FirstWord(m.NounKey);
        return noun.Length > 0 && measurements.Any(o => o != m && o.Span.Start >= from && o.Span.End <= eachAt && FirstWord(o.NounKey) == noun);
    }

    // How many parts the report names ("ba phân trại", "32 khu phố"): every whole count whose noun opens with the part's
    // words gives the same figure, or there is none.
    private static int? HowMany(string folded, List<string> part, Measurement m, IReadOnlyList<Measurement> measurements)
    {
        var name = string.Join(' ', part.Take(2));
        int? found = null;
        foreach (var o in measurements)
        {
            if (o == m || o.Measure != Measure.Number || !o.IsWholeCount || o.Value < 2 || o.Value > 1000 ||
                !(o.NounKey == name || o.NounKey.StartsWith(name + " ", StringComparison.Ordinal)) || SomeOfThem(folded, o, name))
            {
                continue;
            }

            if (found is not null && found != (int)o.Value)
            {
                return null;
            }

            found = (int)o.Value;
        }

        return found;
    }

    // "6 thôn được công nhận đạt chuẩn", "4 phân trại đã có …": the parts' name and then a verb count only some of the parts.
    private static readonly string[] SomeVerbs = ["duoc", "da", "dat", "chua", "khong", "con", "moi", "dang"];

    private static bool SomeOfThem(string folded, Measurement o, string name)
    {
        var at = o.Span.End;
        while (at < folded.Length && folded[at] == ' ')
        {
            at++;
        }

        if (!folded.AsSpan(at).StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = folded.AsSpan(at + name.Length).TrimStart(' ');
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return end > 0 && SomeVerbs.Contains(rest[..end].ToString());
    }

    private static string FirstWord(string key)
    {
        var space = key.IndexOf(' ');
        return space < 0 ? key : key[..space];
    }
}
