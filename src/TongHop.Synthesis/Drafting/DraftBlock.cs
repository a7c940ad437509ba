using TongHop.Core.Indicators;

namespace TongHop.Synthesis.Drafting;

/// <summary>A block of the synthesis body: a heading, a paragraph, a chart or a table.</summary>
public abstract record DraftBlock;

/// <summary>A heading: level 1 "I. TÌNH HÌNH …" (bold caps), level 2 "1. Hạ tầng số" (bold).</summary>
public sealed record DraftHeading(string Text, int Level) : DraftBlock;

/// <summary>
/// A body paragraph; <paramref name="Source"/>, when set, becomes its footnote (where the figures come from);
/// <paramref name="Note"/> marks a note to the specialist (set in italics), such as "this part is a draft".
/// </summary>
public sealed record DraftParagraph(string Text, string? Source = null, bool Note = false) : DraftBlock;

/// <summary>A horizontal bar chart of one indicator by unit, with its caption.</summary>
public sealed record DraftChart(string Caption, MeasureUnit ValueUnit, IReadOnlyList<ChartBar> Bars) : DraftBlock;

/// <summary>One bar of a <see cref="DraftChart"/>.</summary>
public readonly record struct ChartBar(string Label, decimal Value);

/// <summary>A table: header row, body rows; <paramref name="NumericFrom"/> is the first column aligned right.</summary>
public sealed record DraftTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, int NumericFrom) : DraftBlock;

/// <summary>An appendix after the signature, on its own pages (landscape for wide tables); <paramref name="Note"/> ties it to the report.</summary>
public sealed record DraftAppendix(string Title, string Subtitle, string Note, IReadOnlyList<DraftBlock> Blocks, bool Landscape);
