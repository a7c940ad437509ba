using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>The lines of the text as read, before repair, beside a parsed document of the repaired text.</summary>
internal static class ReadLines
{
    /// <summary>The lines of <paramref name="readText"/>, or <c>null</c> when there is none or it does not line up
    /// with <paramref name="document"/> line for line (repair keeps the lines; anything else is not compared).</summary>
    public static IReadOnlyList<string>? Of(ParsedDocument document, string? readText)
    {
        if (readText is null)
        {
            return null;
        }

        var spans = LineIndex.Build(readText);
        return spans.Count == document.Lines.Count ? spans.Select(s => s.Slice(readText)).ToArray() : null;
    }
}
