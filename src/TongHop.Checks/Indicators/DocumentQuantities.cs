using System.Runtime.CompilerServices;
using TongHop.Core;
using TongHop.Text.Numbers;
using TongHop.Text.Sentences;

namespace TongHop.Checks.Indicators;

/// <summary>
/// The quantities of a restored text grouped by sentence, for checks that read statements themselves.
/// Computed once per text and shared by the checks that need it (keyed weakly on the text instance,
/// so it goes away with the document). Thread-safe.
/// </summary>
internal static class DocumentQuantities
{
    private static readonly ConditionalWeakTable<string, IReadOnlyList<(TextSpan Sentence, List<Quantity> Quantities)>> Cache = [];

    public static IReadOnlyList<(TextSpan Sentence, List<Quantity> Quantities)> BySentence(string text) =>
        Cache.GetValue(text, Read);

    private static IReadOnlyList<(TextSpan Sentence, List<Quantity> Quantities)> Read(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var quantities = QuantityScanner.Scan(text);
        var grouped = new List<(TextSpan, List<Quantity>)>();
        var q = 0;
        foreach (var sentence in sentences)
        {
            var inSentence = new List<Quantity>();
            while (q < quantities.Count && quantities[q].Span.Start < sentence.End)
            {
                if (quantities[q].Span.Start >= sentence.Start)
                {
                    inSentence.Add(quantities[q]);
                }

                q++;
            }

            if (inSentence.Count > 1)
            {
                grouped.Add((sentence, inSentence));
            }
        }

        return grouped;
    }
}
