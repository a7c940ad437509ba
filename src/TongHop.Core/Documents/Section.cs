namespace TongHop.Core.Documents;

/// <summary>
/// A numbered section of a document ("I.", "2.1.", "a)") with its heading title, nesting level (1 = top)
/// and span covering the heading and its body up to the next section of the same or a higher level.
/// </summary>
public sealed record Section(
    string Number,
    string Title,
    int Level,
    TextSpan Span,
    IReadOnlyList<Section> Children);
