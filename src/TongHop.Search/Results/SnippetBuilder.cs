using TongHop.Core;
using TongHop.Search.Analysis;
using TongHop.Search.Indexing;
using TongHop.Search.Querying;
using TongHop.Text.Normalization;

namespace TongHop.Search.Results;

/// <summary>
/// Builds a result's snippet from the stored text (Lucene.Net's highlighter is not available here): the text is
/// folded and lower-cased with its offsets kept (<see cref="VietnameseText.FoldLower"/>), its words are found with
/// the analyzer's rule (<see cref="WordTokenizer.IsWordChar"/>), and the window holding the most different query
/// words wins, the earliest on a tie. Linear in the text's length.
/// </summary>
public sealed class SnippetBuilder
{
    public const int Width = 240;
    private const int Lead = 60;
    private const int MaxWordLength = 20;

    private readonly HashSet<string> _words;
    private readonly string[] _prefixes;

    public SnippetBuilder(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _words = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var clause in query.Clauses)
        {
            var terms = SearchIndex.Analyzer.Terms(SearchFields.Folded, clause.Text);
            if (terms.Count == 0)
            {
                continue;
            }

            _words.UnionWith(clause.Kind == ClauseKind.Prefix ? terms.Take(terms.Count - 1) : terms);
            if (clause.Kind == ClauseKind.Prefix)
            {
                prefixes.Add(terms[^1]);
            }
        }

        _prefixes = [.. prefixes];
    }

    public Snippet Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Matches(VietnameseText.FoldLower(text));
        var best = BestWindow(matches);
        var start = best < 0 ? 0 : WordStartBefore(text, Math.Max(0, matches[best].Span.Start - Lead));
        var end = Math.Min(text.Length, start + Width);
        var highlights = matches.Where(m => m.Span.Start >= start && m.Span.End <= end)
            .Select(m => new TextSpan(m.Span.Start - start, m.Span.End - start)).ToList();
        return new Snippet(text[start..end], start, highlights, best < 0 ? null : matches[best].Span);
    }

    private List<(TextSpan Span, string Word)> Matches(string folded)
    {
        var matches = new List<(TextSpan, string)>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!WordTokenizer.IsWordChar(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && WordTokenizer.IsWordChar(folded[i]))
            {
                i++;
            }

            var word = folded[start..i];
            var key = _words.Contains(word) ? word : Array.Find(_prefixes, p => word.StartsWith(p, StringComparison.Ordinal));
            if (key is not null)
            {
                matches.Add((new TextSpan(start, i), key));
            }
        }

        return matches;
    }

    // The match whose window [start, start + Width - Lead) holds the most different words; -1 when none.
    // Two pointers over the matches with a count per word: linear in the number of matches.
    private static int BestWindow(List<(TextSpan Span, string Word)> matches)
    {
        var (best, bestCount) = (-1, 0);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var end = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var limit = matches[i].Span.Start + Width - Lead;
            end = Math.Max(end, i); // counts holds matches [i, end)
            for (; end < matches.Count && matches[end].Span.End <= limit; end++)
            {
                counts[matches[end].Word] = counts.GetValueOrDefault(matches[end].Word) + 1;
            }

            if (counts.Count > bestCount)
            {
                (best, bestCount) = (i, counts.Count);
            }

            if (i < end && --counts[matches[i].Word] == 0)
            {
                counts.Remove(matches[i].Word);
            }
        }

        return best;
    }

    // The start of the word at index, or, inside a very long "word" (a URL, a table rule), the next word.
    private static int WordStartBefore(string text, int index)
    {
        var back = index;
        while (back > 0 && index - back < MaxWordLength && WordTokenizer.IsWordChar(text[back - 1]))
        {
            back--;
        }

        if (back == 0 || !WordTokenizer.IsWordChar(text[back - 1]))
        {
            return back;
        }

        while (index < text.Length && WordTokenizer.IsWordChar(text[index]))
        {
            index++;
        }

        return index;
    }
}
