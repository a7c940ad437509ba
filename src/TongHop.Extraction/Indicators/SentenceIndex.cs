using TongHop.Core;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>Finds the sentence a text position is in (sentences are sorted and do not overlap).</summary>
internal static class SentenceIndex
{
    /// <summary>The index of the sentence containing <paramref name="position"/>, or -1.</summary>
    public static int Of(IReadOnlyList<TextSpan> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (position < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (position >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The quantities of each sentence, in text order; quantities outside every sentence are dropped.</summary>
    public static List<List<Quantity>> Group(IReadOnlyList<TextSpan> sentences, IReadOnlyList<Quantity> quantities)
    {
        var groups = sentences.Select(_ => new List<Quantity>()).ToList();
        foreach (var q in quantities)
        {
            var index = Of(sentences, q.Span.Start);
            if (index >= 0)
            {
                groups[index].Add(q);
            }
        }

        return groups;
    }
}
