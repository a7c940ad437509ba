using System.Text;
using System.Text.RegularExpressions;
using TongHop.Text.Sentences;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// The sentences of a report section's body, cleaned for quoting: list marks ("- ", "+ ", "a) ", "1. ")
/// dropped, whitespace collapsed, NFC; fragments too short to stand alone are left out.
/// </summary>
public static partial class ReportSentences
{
    private const int MinLength = 20;

    public static IEnumerable<string> Split(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sentences = new List<string>();
        foreach (var span in SentenceSplitter.Split(body))
        {
            var text = ListMark().Replace(Spaces().Replace(body[span.Start..span.End], " ").Trim(), "").Trim();
            // A part after "; " goes on the sentence it continues: a quote never starts in mid-sentence.
            if (sentences.Count > 0 && text.Length > 0 && char.IsLower(text[0]))
            {
                sentences[^1] += " " + text;
            }
            else if (text.Length > 0)
            {
                sentences.Add(text);
            }
        }

        return sentences.Where(s => s.Length >= MinLength).Select(s => s.Normalize(NormalizationForm.FormC));
    }

    [GeneratedRegex(@"^(?:[-+•*–]\s*|[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+)", RegexOptions.None, 200)]
    private static partial Regex ListMark();

    [GeneratedRegex(@"\s+", RegexOptions.None, 200)]
    private static partial Regex Spaces();
}
