using TongHop.Core;
using TongHop.Core.Extraction;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A whole and one part of it after "trong đó", with no percent stated for them: "đang cung cấp 128 thủ tục hành chính,
/// trong đó 85 thủ tục được cung cấp trực tuyến toàn trình" states the share 85/128, as "85/128 thủ tục" would. Both
/// counts name the same thing (their nouns begin alike: "thủ tục hành chính" and "thủ tục"); the share is a fraction of
/// its own beside the two counts (no count indicator reads it: it names no noun). Where the sentence or the next one
/// states a percent after the part, that percent is the value (<see cref="RatioPairing"/>, <see cref="RatioCompletion"/>)
/// and no share is added.
/// </summary>
internal static class ShareOfWhole
{
    private static readonly string[] Markers = ["trong do", "trong so do"];

    /// <summary>The measurements with the shares added, each right after its part.</summary>
    public static List<Measurement> Add(string text, string folded, List<Measurement> measurements)
    {
        var result = new List<Measurement>(measurements.Count);
        for (var i = 0; i < measurements.Count; i++)
        {
            result.Add(measurements[i]);
            if (i > 0 && Share(text, folded, measurements, i) is { } share)
            {
                result.Add(share);
            }
        }

        return result;
    }

    private static Measurement? Share(string text, string folded, List<Measurement> all, int i)
    {
        var (whole, part) = (all[i - 1], all[i]);
        if (whole.Sentence != part.Sentence || !Counts(whole) || !Counts(part) || part.IsPart || part.Value >= whole.Value ||
            !SameThing(whole.NounKey, part.NounKey) || !OnlyTheThing(whole.NounKey) ||
            !FoldedWords.HasAny(FoldedWords.Of(folded.AsSpan(whole.Span.End, part.Span.Start - whole.Span.End)), Markers) ||
            PercentAfter(text, folded, all, i, part.Sentence) || text.AsSpan(whole.Span.End, part.Span.Start - whole.Span.End).IndexOfAny(".;:") >= 0)
        {
            return null;
        }

        // Rounded to one decimal, as a fraction's percent is ("85/128" is 66,4%).
        var percent = Math.Round(part.Value * 100 / whole.Value, 1, MidpointRounding.AwayFromZero);
        return new Measurement([.. part.Sources, .. whole.Sources], percent, Measure.Fraction, Qualifier.Exact,
            new TextSpan(whole.Span.Start, part.Span.End), "", "", part.Value, whole.Value, part.Sentence, false);
    }

    private static bool Counts(Measurement m) => m.Measure == Measure.Number && m.IsWholeCount && m.Value > 0 && m.NounKey.Length > 0 && m.Qualifier == Qualifier.Exact;

    // A percent or a fraction after the part in its sentence or in the next: the report states the share itself. One in
    // brackets that name another period before it ("(năm 2024 tỷ lệ này đạt 91,7%)", "(cùng kỳ: 88%)") is that period's.
    private static bool PercentAfter(string text, string folded, List<Measurement> all, int i, int sentence)
    {
        for (var j = i + 1; j < all.Count && all[j].Sentence <= sentence + 1; j++)
        {
            if (all[j].Measure is Measure.Percent or Measure.Fraction && !OtherPeriodAside.Holds(text, folded, all[i].Span.End, all[j].Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    // The whole names only what is counted ("hồ sơ", "thủ tục hành chính", "văn bản đi", "cụm loa"), nothing that would be the
    // share's own words: in "1.200 hồ sơ trực tuyến, trong đó 1.100 hồ sơ đúng hạn" the words "trực tuyến" are the
    // whole's, and 1.100/1.200 is no online share.
    private static readonly HashSet<string> PlainWords = ["thu", "tuc", "hanh", "chinh", "tthc", "ho", "so", "van", "ban", "di", "den", "cac", "loai", "cum", "loa"];

    private static bool OnlyTheThing(string whole) => whole.Split(' ').All(PlainWords.Contains);

    // "thủ tục hành chính" and "thủ tục được cung cấp …", "hồ sơ" and "hồ sơ nộp …": the first two words alike (one word
    // where one noun has only one).
    private static bool SameThing(string whole, string part)
    {
        var w = whole.Split(' ');
        var p = part.Split(' ');
        var n = Math.Min(2, Math.Min(w.Length, p.Length));
        return w.Take(n).SequenceEqual(p.Take(n));
    }
}
