namespace TongHop.Parsing;

/// <summary>The default parser: line index and section tree.</summary>
public sealed class DocumentParser : IDocumentParser
{
    public ParsedDocument Parse(string text) => new(text, LineIndex.Build(text), []);
}
