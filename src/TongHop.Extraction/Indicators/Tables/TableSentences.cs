using TongHop.Core;
using TongHop.Parsing.Tables;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// Makes every row of a table of figures a sentence of its own: the sentences the splitter found are cut where
/// tables begin and end (a table has no full stops, so the splitter would run a whole table, and the line before
/// it, into one sentence), and each row's span is added.
/// </summary>
internal static class TableSentences
{
    public static IReadOnlyList<TextSpan> Carve(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextTable> tables)
    {
        if (tables.Count == 0)
        {
            return sentences;
        }

        var spans = tables.Select(t => t.Span).OrderBy(s => s.Start).ToList();
        var result = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            foreach (var table in spans.Where(t => t.Start < sentence.End && t.End > sentence.Start))
            {
                Add(text, result, start, Math.Min(table.Start, sentence.End));
                start = Math.Max(start, table.End);
            }

            Add(text, result, start, sentence.End);
        }

        result.AddRange(tables.SelectMany(t => t.Rows).Select(r => r.Span));
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static void Add(string text, List<TextSpan> into, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '|'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '|'))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new TextSpan(start, end));
        }
    }
}
