using TongHop.Core;

namespace TongHop.Parsing;

/// <summary>
/// A line recognised as a section heading.
/// </summary>
/// <param name="Value">The numeric value of the last number component (III → 3, 2.1 → 1, c → 3).</param>
/// <param name="Depth">Number components for Arabic headings ("2.1." → 2), otherwise 1.</param>
/// <param name="Certain">False when OCR made the number ambiguous ("I11", "¢)"); the tree builder may then renumber it.</param>
/// <param name="Line">Index of the heading's first line.</param>
/// <param name="Span">The heading line, <c>[start, end)</c>, without its line break.</param>
/// <param name="Title">The heading text after its number, on one line.</param>
public sealed record Heading(
    HeadingKind Kind, string Number, int Value, int Depth, bool Certain, int Line, TextSpan Span, string Title)
{
    /// <summary>Nesting rank: a heading closes every open section whose rank is the same or deeper.</summary>
    public int Rank => Kind switch
    {
        HeadingKind.Roman => 1,
        HeadingKind.Arabic => 1 + Depth,
        _ => 10,
    };
}
