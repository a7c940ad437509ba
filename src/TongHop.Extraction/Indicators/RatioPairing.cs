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
            PairSentence(text, bySentence[s], s, partSet, measurements);
        }

        return measurements;
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
