using TongHop.Core;

namespace TongHop.Search.Results;

/// <summary>
/// An excerpt of a report's text around its best match. <see cref="Start"/> is the excerpt's offset in the
/// restored text; <see cref="Highlights"/> are the matched words, [start, end) offsets into <see cref="Text"/>.
/// <see cref="Match"/> is the first highlighted word as a [start, end) span of the whole restored text (what the
/// review page highlights), null when no word of the query is in the text (a filter-only or citation-key hit).
/// </summary>
public sealed record Snippet(string Text, int Start, IReadOnlyList<TextSpan> Highlights, TextSpan? Match)
{
    /// <summary>The excerpt cut at the highlights: (text, highlighted) pieces in order.</summary>
    public IEnumerable<(string Text, bool Highlighted)> Pieces()
    {
        var at = 0;
        foreach (var h in Highlights)
        {
            if (h.Start > at)
            {
                yield return (Text[at..h.Start], false);
            }

            yield return (Text[h.Start..h.End], true);
            at = h.End;
        }

        if (at < Text.Length)
        {
            yield return (Text[at..], false);
        }
    }
}
