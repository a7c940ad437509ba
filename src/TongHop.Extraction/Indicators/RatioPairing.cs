using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Joins a fraction with the percent stated for it in the same sentence, with no other number between
/// them: "496/757 hồ sơ … đạt tỷ lệ 65,5%", "đạt 85,3% (29/34 tiêu chí)". Everything else stays a
/// measurement of its own.
/// </summary>
internal static class RatioPairing
{
    public static List<Measurement> Pair(string text, List<List<Quantity>> bySentence, IReadOnlyList<PartsStatement> parts)
    {
        var partSet = parts.SelectMany(p => p.Parts).ToHashSet();
        var measurements = new List<Measurement>();
        for (var s = 0; s < bySentence.Count; s++)
        {
            BracketedBreakdown(text, bySentence[s], partSet);
            PairSentence(text, bySentence[s], s, partSet, measurements);
        }

        return measurements;
    }

    // "1,26 tỷ đồng (nguồn thu sự nghiệp 860 triệu đồng, ngân sách tỉnh 400 triệu đồng)", "ba đường truyền Internet (2 của
    // VNPT, 1 của Viettel)": two or more amounts of the same measure in a bracket opened right after an amount (only
    // its noun between) are its breakdown: parts, not the figure. A bracket after other words is not
    // ("cấp xã (9 thành viên) và 6 tổ … (30 thành viên)").
    private static void BracketedBreakdown(string text, List<Quantity> quantities, HashSet<Quantity> parts)
    {
        for (var i = 0; i + 2 < quantities.Count; i++)
        {
            var total = quantities[i];
            var open = total.Span.End;
            while (open < text.Length && open - total.Span.End <= 60 && (char.IsLetter(text[open]) || text[open] is ' ' or '-'))
            {
                open++;
            }

            if (open >= text.Length || text[open] != '(' || total.Measure is not (Measure.Money or Measure.Number))
            {
                continue;
            }

            var close = text.IndexOf(')', open);
            var inside = quantities.Skip(i + 1).TakeWhile(q => close > 0 && q.Span.End <= close).ToList();
            if (inside.Count >= 2 && inside.All(q => q.Measure == total.Measure && q.Numerator is null &&
                                                     (total.Measure == Measure.Money || q.NounKey.Length == 0 || SameNoun(total.NounKey, q.NounKey))))
            {
                parts.UnionWith(inside);
            }
        }
    }

    private static bool SameNoun(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length > 0 && longer.StartsWith(shorter, StringComparison.Ordinal) && (longer.Length == shorter.Length || longer[shorter.Length] == ' ');
    }

    private static void PairSentence(string text, List<Quantity> quantities, int sentence, HashSet<Quantity> parts, List<Measurement> into)
    {
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            var next = i + 1 < quantities.Count ? quantities[i + 1] : null;
            if (next is not null && RatioStatements.IsPair(text, q, next))
            {
                into.Add(q.IsFraction ? Measurement.Ratio(q, next, sentence) : Measurement.Ratio(next, q, sentence));
                i++;
            }
            else
            {
                into.Add(Measurement.Of(q, sentence, parts.Contains(q)));
            }
        }
    }
}
