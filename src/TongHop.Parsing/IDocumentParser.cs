namespace TongHop.Parsing;

/// <summary>Turns restored text into a <see cref="ParsedDocument"/>. Accepts any input; never throws for odd text.</summary>
public interface IDocumentParser
{
    ParsedDocument Parse(string text);
}
