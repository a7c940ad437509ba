using TongHop.Core;

namespace TongHop.Parsing.Tables;

/// <summary>
/// A table written in text: consecutive lines whose cells are separated by <c>|</c> (a plain-text or OCR'd table)
/// or by TAB (a Word table row, a table rebuilt from OCR word boxes). Only the structure: which cell means what is
/// for the reader that uses it.
/// </summary>
/// <param name="Rows">The rows in text order (blank lines and page debris between them are not rows).</param>
public sealed record TextTable(IReadOnlyList<TableRow> Rows)
{
    public TextSpan Span => new(Rows[0].Span.Start, Rows[^1].Span.End);

    /// <summary>The most cells any row has.</summary>
    public int Width => Rows.Max(r => r.Cells.Count);
}

/// <summary>
/// One row: its cells left to right, empty ones included (an empty first cell is a row without a number in the
/// <c>STT</c> column). <see cref="Span"/> covers the row's line and a line that continues its last cell (an
/// OCR'd note wrapped under the row).
/// </summary>
public sealed record TableRow(TextSpan Span, IReadOnlyList<TableCell> Cells, char Separator)
{
    /// <summary>The row's cells that are not empty.</summary>
    public IEnumerable<TableCell> Filled => Cells.Where(c => c.Text.Length > 0);
}

/// <summary>One cell: its text, trimmed, with line breaks as spaces, and its span in the document text
/// (<c>[start, end)</c> of the trimmed text; an empty cell has an empty span where it stands).</summary>
public sealed record TableCell(TextSpan Span, string Text);
