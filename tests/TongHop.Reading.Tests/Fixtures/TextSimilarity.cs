using System.Globalization;
using System.Text;

namespace TongHop.Reading.Tests.Fixtures;

/// <summary>
/// How much of a reference text another text reproduces, on word tokens (case and punctuation kept
/// apart from words): the share of reference tokens matched, counting repeats.
/// </summary>
public static class TextSimilarity
{
    public static double Recall(string reference, string candidate)
    {
        var wanted = Tokens(reference).ToList();
        var available = Tokens(candidate).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var matched = 0;
        foreach (var token in wanted)
        {
            if (available.TryGetValue(token, out var count) && count > 0)
            {
                available[token] = count - 1;
                matched++;
            }
        }

        return wanted.Count == 0 ? 0 : matched / (double)wanted.Count;
    }

    public static IEnumerable<string> Tokens(string text) =>
        text.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(".,;:!?\"'()“”".ToCharArray()).ToLower(CultureInfo.InvariantCulture))
            .Where(t => t.Length > 0);
}
