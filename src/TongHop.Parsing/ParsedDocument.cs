using TongHop.Core;
using TongHop.Core.Documents;

namespace TongHop.Parsing;

/// <summary>
/// A document's restored text with its line index and section tree: what the extractors work on.
/// Immutable; safe to share between extractors running in parallel.
/// </summary>
/// <param name="Text">The restored text (NFC); every span points into it.</param>
/// <param name="Lines">Spans of the lines of <paramref name="Text"/>, without their line breaks.</param>
/// <param name="Sections">The numbered sections, as a tree.</param>
public sealed record ParsedDocument(string Text, IReadOnlyList<TextSpan> Lines, IReadOnlyList<Section> Sections)
{
    public string LineText(int index) => Lines[index].Slice(Text);
}
