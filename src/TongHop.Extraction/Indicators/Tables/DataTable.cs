using TongHop.Core;
using TongHop.Parsing.Tables;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// A table of figures: its columns with what each holds, and its rows with the cell that names each row (the
/// label). Read by <see cref="DataTableReader"/> from a <see cref="TextTable"/>.
/// </summary>
/// <param name="HasHeader">Whether a header row names the columns; without one, a single column of numbers is read
/// and the row's wording tells plan from result.</param>
internal sealed record DataTable(TextTable Source, IReadOnlyList<DataColumn> Columns, int LabelColumn, IReadOnlyList<DataRow> Rows, bool HasHeader)
{
    public TextSpan Span => Source.Span;

    public IEnumerable<DataColumn> ValueColumns => Columns.Where(c => c.Role is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Share);
}

/// <param name="Index">The column's position in the header (cells of a row are aligned to it by <see cref="DataRow.Offset"/>).</param>
/// <param name="Title">The header text, over two header rows where the header has two ("Năm 2025 Kế hoạch").</param>
internal sealed record DataColumn(int Index, string Title, ColumnRole Role, int? Year);

/// <summary>What a row is: an item (a figure of its own), a part of the item above ("Trong đó: …"), a group
/// heading ("II | Chính quyền số") with no figures, or a row whose figures could not be placed under their columns
/// (an OCR'd row with more or fewer figures than the table has figure columns): never read.</summary>
internal enum RowKind
{
    Item,
    Part,
    Group,
    Unread,
}

/// <param name="Label">The cell that names the row ("Tỷ lệ hồ sơ TTHC trực tuyến (%)"), without a leading
/// "Trong đó:" of a part.</param>
/// <param name="LabelSpan">Where that name is in the text.</param>
/// <param name="Offset">Cell index of the row = column index + offset (a row that lost its STT cell has -1).</param>
internal sealed record DataRow(TableRow Row, RowKind Kind, string Label, TextSpan LabelSpan, int Offset)
{
    public TextSpan Span => Row.Span;

    /// <summary>The row's cell under a column, or null where the row has none.</summary>
    public TableCell? Cell(DataColumn column)
    {
        var i = column.Index + Offset;
        return i >= 0 && i < Row.Cells.Count ? Row.Cells[i] : null;
    }
}
