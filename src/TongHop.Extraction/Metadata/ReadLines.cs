using TongHop.Core;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// The lines of the text as read, before repair, beside a parsed document of the repaired text. Only the line spans are
/// kept; a line's text is cut when asked for (the signer's line is the one ever read), not every line of every document.
/// </summary>
internal sealed class ReadLines
{
    private readonly string text;
    private readonly IReadOnlyList<TextSpan> spans;

    private ReadLines(string text, IReadOnlyList<TextSpan> spans) => (this.text, this.spans) = (text, spans);

    /// <summary>The whole text as read.</summary>
    public string Text => text;

    /// <summary>How many lines.</summary>
    public int Count => spans.Count;

    /// <summary>Line <paramref name="index"/> as read.</summary>
    public string this[int index] => spans[index].Slice(text);

    /// <summary>The lines of <paramref name="readText"/>, or <c>null</c> when there is none or it does not line up
    /// with <paramref name="document"/> line for line (repair keeps the lines; anything else is not compared).</summary>
    public static ReadLines? Of(ParsedDocument document, string? readText)
    {
        if (readText is null)
        {
            return null;
        }

        var spans = LineIndex.Build(readText);
        return spans.Count == document.Lines.Count ? new ReadLines(readText, spans) : null;
    }
}
