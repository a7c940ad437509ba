using System.Runtime.InteropServices;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// The words around a measurement that change what it says, read on the folded text: the stretch after it that
/// still describes it ("124 Tổ công nghệ số cộng đồng cấp xã và …": up to the next number or clause break), whether
/// it is a change rather than a level ("tăng 14%", "cấp mới 326 chứng thư", "lắp đặt thêm 3 trạm"), and the thing
/// it was given when it counts people ("214 bác sĩ, điều dưỡng được cấp chữ ký số" counts signatures).
/// </summary>
internal sealed class NumberContext(DocumentView view)
{
    private const int MaxAfter = 24;

    // The word before the number that makes it a change: "tăng 14%", "giảm 3 hồ sơ", "cấp mới 326", "lắp thêm 2", or a
    // multiple of another figure ("gấp 1,8 lần năm trước"). "tăng lên 1.200" and "giảm còn 5" state the level reached:
    // their last word is "lên"/"còn", not one of these.
    private static readonly HashSet<string> ChangeWords = ["tang", "giam", "them", "moi", "gap"];

    // Words that may stand between the change word and the number: "thêm từ 3-4", "tăng khoảng 5%", "tăng gần 2 lần".
    private static readonly HashSet<string> Qualifiers = ["tu", "khoang", "gan", "hon", "tren", "duoi", "chung", "len", "den"];

    // "được cấp chữ ký số", "được trang bị máy tính": the people counted received the thing named after it.
    private static readonly string[] Granted = ["duoc cap ", "duoc trang bi ", "duoc cai dat ", "da cap ", "duoc cap phat "]; // with the space after

    /// <summary>Where the words describing the measurement end: the next number, a clause break after its noun,
    /// the end of its sentence, or a few words past its noun.</summary>
    public int AfterEnd(Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var limit = Math.Min(sentence.End, m.Span.End + m.Noun.Length + MaxAfter);
        foreach (var other in view.MeasurementsIn(m.Sentence))
        {
            if (other.Span.Start >= m.Span.End && other.Span.Start < limit)
            {
                limit = other.Span.Start;
            }
        }

        // A noun phrase has no punctuation: the first break after the number ends what describes it.
        var cut = view.Text.AsSpan(m.Span.End, limit - m.Span.End).IndexOfAny(",;:()");
        return cut < 0 ? limit : m.Span.End + cut;
    }

    /// <summary>Whether the number is a change ("tăng 18,2% so với cùng kỳ", "cấp mới 326 chứng thư", "bổ sung 9 máy"), not a level.</summary>
    public bool IsChange(Measurement m)
    {
        var (word, start) = WordBefore(m.Span.Start);

        // "lắp mới tối thiểu 120 trạm", "thêm ít nhất 5 máy": a two-word qualifier stands between the change word and the number.
        if (word is "thieu" or "nhat" && WordBefore(start) is var (first, firstStart) && (first, word) is ("toi", "thieu") or ("it", "nhat"))
        {
            (word, start) = WordBefore(firstStart);
        }
        else if (Qualifiers.Contains(word))
        {
            var qualifier = word;
            (word, start) = WordBefore(start);

            // "nhiều hơn 15 tin, bài so với …", "ít hơn 3 cuộc": a difference, not a level ("hơn 15" alone is one); but
            // "không ít hơn 16 hội nghị" is a floor: at least 16.
            if (qualifier == "hon" && word is "nhieu" or "it")
            {
                return !(word == "it" && WordBefore(start).Word == "khong");
            }
        }

        // "nhiều hơn cùng kỳ 7 cuộc", "ít hơn năm trước 12 tin, bài": the period compared with stands between the
        // difference and its number.
        else if (ComparedPeriodStart(word, start) is { } period && WordBefore(period) is ("hon", var than) &&
                 WordBefore(than) is var (more, moreStart) && more is "nhieu" or "it")
        {
            return !(more == "it" && WordBefore(moreStart).Word == "khong");
        }

        // "cấp bổ sung 9 chứng thư": what was added in the period, not the level.
        return ChangeWords.Contains(word) || (word == "sung" && WordBefore(start).Word == "bo");
    }

    // Where "cùng kỳ", "năm trước", "kỳ trước" (after "so với" or not) ends at <paramref name="word"/> begins, or null.
    private int? ComparedPeriodStart(string word, int start)
    {
        var before = WordBefore(start);
        int? period = (word, before.Word) is ("ky", "cung") or ("truoc", "nam") or ("truoc", "ky") ? before.Start : null;
        if (period is { } p && WordBefore(p) is ("voi", var with) && WordBefore(with) is ("so", var so))
        {
            return so;
        }

        return period;
    }

    /// <summary>Whether the number stands right after "chưa" (not yet), which never counts anything by itself: "chưa 6 cán
    /// bộ chuyên trách" is English OCR's "chưa có cán bộ …" with "có" read as a 6. "chưa có 6 cán bộ", "chưa đạt 95%" have
    /// their verb between.</summary>
    public bool FollowsNotYet(Measurement m)
    {
        if (m.Measure != Measure.Number)
        {
            return false;
        }

        var (word, start) = WordBefore(m.Span.Start);
        return word == "chua" && IsNotYet(view.Text.AsSpan(start, word.Length));
    }

    /// <summary>"chưa" as written, or "chua" where the text lost its marks; not "chùa" (a pagoda) or "chứa" (holds),
    /// which fold the same.</summary>
    public static bool IsNotYet(ReadOnlySpan<char> written) => FoldedWords.WrittenAs(written, "chưa", "chua");

    /// <summary>For a count of people or holders, the thing they were given within its clause ("214 bác sĩ, điều
    /// dưỡng được cấp chữ ký số" → "chu ky so"), OCR-folded; empty when there is none.</summary>
    public string GrantedNoun(Measurement m)
    {
        // Asked for every indicator with a unit word: read once per number.
        ref var noun = ref CollectionsMarshal.GetValueRefOrAddDefault(grantedNouns, m, out var known);
        return known ? noun! : noun = ReadGrantedNoun(m);
    }

    private readonly Dictionary<Measurement, string> grantedNouns = [];

    private string ReadGrantedNoun(Measurement m)
    {
        var clauseEnd = view.Sentences[m.Sentence].End;
        foreach (var other in view.MeasurementsIn(m.Sentence))
        {
            if (other.Span.Start >= m.Span.End && other.Span.Start < clauseEnd)
            {
                clauseEnd = other.Span.Start;
            }
        }

        var from = m.Span.End;
        var stretch = view.Folded.AsSpan(from, Math.Max(0, Math.Min(clauseEnd, from + m.Noun.Length + 48) - from));
        foreach (var g in Granted)
        {
            var at = stretch.IndexOf(g, StringComparison.Ordinal);
            if (at >= 0 && !EndsClause(view.Text.AsSpan(from, at)))
            {
                var noun = NounPhrase.Read(view.Text, from + at + g.Length - 1, out _);
                return OcrFold.Phrase(Text.Normalization.VietnameseText.FoldLower(noun));
            }
        }

        return GrantedBefore(m);
    }

    // "đã cấp chứng thư số cho 52 công chức": the thing granted named before "cho" and the people it went to, in the
    // number's clause (a verb of granting, a few words of the thing, then "cho" right before the number).
    private static readonly string[] GrantVerbs = ["cap", "trang bi", "cai dat"];

    private string GrantedBefore(Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var clause = view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        clause = clause[(clause.LastIndexOfAny(",;:(") + 1)..];
        var words = Text.Normalization.FoldedWords.Of(clause);
        if (!words.EndsWith(" cho", StringComparison.Ordinal))
        {
            return "";
        }

        foreach (var verb in GrantVerbs)
        {
            var at = Text.Normalization.FoldedWords.IndexOf(words, verb);
            if (at >= 0 && words.Length - 4 - (at + verb.Length + 1) is > 0 and <= 30)
            {
                return OcrFold.Phrase(words[(at + verb.Length + 1)..^4]);
            }
        }

        return "";
    }

    // A ";" or a "." that ends a sentence ends the clause; a "." before a word in small letters is English OCR's comma
    // ("214 bác sĩ. điều dưỡng được cấp chữ ký số").
    private static bool EndsClause(ReadOnlySpan<char> stretch)
    {
        for (var i = 0; i < stretch.Length; i++)
        {
            if (stretch[i] == ';')
            {
                return true;
            }

            if (stretch[i] == '.')
            {
                var next = i + 1;
                while (next < stretch.Length && stretch[next] == ' ')
                {
                    next++;
                }

                if (next == i + 1 || next >= stretch.Length || !char.IsLower(stretch[next]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private (string Word, int Start) WordBefore(int position)
    {
        var end = position;
        while (end > 0 && view.Folded[end - 1] is ' ' or '\n') // a line wrapped between them: "cấp mới" / "38 chứng thư"
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(view.Folded[start - 1]))
        {
            start--;
        }

        return (view.Folded[start..end], start);
    }
}
