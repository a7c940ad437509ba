using TongHop.Core;
using TongHop.Core.Indicators;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;
using TongHop.Text.Places;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// The unit's parts counted one after another, each in a sentence of its own that opens with the part's name and no
/// total: "Văn phòng Ban hiện sử dụng 18 máy tính." "Hạt Kiểm lâm sử dụng 12 máy tính." "Trung tâm … sử dụng 9 máy
/// tính." is 39 computers. For indicators whose parts add up, two or more sentences in a row, each opening with a word
/// that names a part of an organisation (<c>Văn phòng</c>, <c>Phòng</c>, <c>Hạt</c>, <c>Trạm</c>, <c>Trung tâm</c>,
/// <c>Chi nhánh</c>, <c>Khoa</c>, <c>Đội</c>…), each with one count of the thing and none of them a total, and no other
/// count of it anywhere in the report. The sentences may not name every part, so the sum stays under the sure mark.
/// </summary>
internal static class SubUnitParts
{
    // The kinds of a unit's parts (offices and branches, BodyKinds). A kind that is also a body of its own ("Trung tâm",
    // "Trường", "Chi cục", "Viện": "Trung tâm Y tế huyện hiện có 45 máy tính. Phòng Hành chính có 12 máy tính." is a whole
    // and its part) may be a later part of a run ("… Hạt Kiểm lâm … Trung tâm Giáo dục môi trường …"), never its first.
    private static readonly BodyKind[] PartKinds = [.. BodyKinds.With(BodyRole.Office | BodyRole.Branch)];

    private static readonly string[] WholeOrBreakdown = [.. TotalWords.TotalOrBreakdown, .. TotalWords.WholeUnit];

    /// <summary>Below the sure mark: the sentences may leave a part out.</summary>
    private const double Ceiling = 0.85;

    public static IEnumerable<Candidate> Sum(DocumentView view, IReadOnlyCollection<Candidate> candidates)
    {
        foreach (var group in candidates
                     .Where(c => c.Indicator.Definition.SumsParts && c.Indicator.Definition.Unit is MeasureUnit.Count or MeasureUnit.People)
                     .GroupBy(c => c.Indicator))
        {
            // One reading a number (the best), in text order.
            // A count another indicator reads better ("Đã có 31 máy tính được cài phần mềm diệt virus") is that one's.
            var counts = group.GroupBy(c => c.First).Select(g => g.MaxBy(c => c.Score)!)
                .Where(c => !PartsSummer.ClaimedByAnother(candidates, c))
                .OrderBy(c => c.First.Span.Start).ToList();
            if (counts.Count < 2 || counts.Any(c => c.Table is not null || c.From.Count != 1 || c.Kind is not null || c.First.IsPart ||
                                                    !c.Support.UnitWord || c.First.Measure != Measure.Number))
            {
                continue;
            }

            // Every count in a sentence of its own, the sentences one after another, each opening with a part's name.
            var sentences = counts.Select(c => c.First.Sentence).ToList();
            if (sentences.Distinct().Count() != sentences.Count || sentences.Zip(sentences.Skip(1)).Any(p => p.Second != p.First + 1) ||
                !sentences.Select((s, i) => OpensWithAPart(view, s, i == 0)).All(x => x) || Openings(view, sentences).Distinct().Count() != sentences.Count)
            {
                continue;
            }

            var sum = counts.Sum(c => c.Value);
            yield return new Candidate(group.Key, [.. counts.Select(c => c.First)], sum, counts.Max(c => c.Score) + 0.5,
                "tổng các bộ phận: " + string.Join(" + ", counts.Select(c => VietnameseNumber.ToVietnamese(c.Value))),
                null, counts.MaxBy(c => c.Score)!.Support, null, Ceiling);
        }
    }

    private static bool OpensWithAPart(DocumentView view, int sentence, bool first)
    {
        var span = view.Sentences[sentence];
        var words = FoldedWords.Of(view.Folded.AsSpan(span.Start, span.Length));
        var firstNumber = view.MeasurementsIn(sentence).Min(m => m.Span.Start);
        var before = FoldedWords.Of(view.Folded.AsSpan(span.Start, firstNumber - span.Start));
        var kind = Array.Find(PartKinds, k => FoldedWords.StartsWith(words, k.Folded));
        return kind is not null && !(first && kind.Is(BodyRole.Agency)) && NamedAfter(view, span, kind.Words) &&
               !FoldedWords.HasAny(before, WholeOrBreakdown);
    }

    // A part is named: the word after its kind opens with a capital or is a number ("Phòng Hành chính", "Hạt Kiểm lâm",
    // "Trạm 2"). The kind alone before a verb is the unit speaking of itself ("Trung tâm hiện có 25 máy tính", "Trường
    // có 40 máy tính"), a whole and no part.
    private static bool NamedAfter(DocumentView view, TextSpan span, string part)
    {
        var words = view.Text.AsSpan(span.Start, span.Length).ToString()
            .Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit)).ToArray();
        // The kind as written ("Tổ", or "To" in a text without marks; not "Tờ", "Trăm", "Đổi", which fold alike).
        var kind = part.Split(' ');
        for (var i = 0; i < kind.Length; i++)
        {
            if (i >= words.Length || !FoldedWords.WrittenAs(words[i].TrimEnd(',', ':', '.'), kind[i], VietnameseText.FoldLower(kind[i])))
            {
                return false;
            }
        }

        var next = kind.Length;
        return next < words.Length && words[next].TrimStart('(', '"', '“') is { Length: > 0 } w && (char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    // The first two words of each sentence: the parts must be different ones.
    private static IEnumerable<string> Openings(DocumentView view, IEnumerable<int> sentences) =>
        sentences.Select(s =>
        {
            var span = view.Sentences[s];
            var words = FoldedWords.Of(view.Folded.AsSpan(span.Start, span.Length)).Split(' ');
            return string.Join(' ', words.Take(2));
        });
}
