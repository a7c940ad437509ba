using TongHop.Core;
using TongHop.Text.Numbers;
using TongHop.Text.Sentences;

namespace TongHop.Checks.Indicators;

/// <summary>The quantities of a restored text grouped by sentence, for checks that read statements themselves.</summary>
internal static class DocumentQuantities
{
    public static IEnumerable<(TextSpan Sentence, List<Quantity> Quantities)> BySentence(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var quantities = QuantityScanner.Scan(text);
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
                yield return (sentence, inSentence);
            }
        }
    }
}
