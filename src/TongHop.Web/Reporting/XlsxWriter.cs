using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TongHop.Web.Reporting;

/// <summary>
/// A minimal .xlsx writer on the Open XML SDK: one sheet, a bold frozen header row, text cells as inline
/// strings and numbers as numbers. (ClosedXML 0.95.4, the only version the mirror serves, is built on
/// Open XML SDK 2.x and breaks against the 3.x the Reading stage uses, so the SDK is used directly.)
/// </summary>
internal static class XlsxWriter
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, header.Cast<object?>().ToList(), bold: true));
            uint index = 2;
            foreach (var row in rows)
            {
                data.Append(Row(index++, row, bold: false));
            }

            sheetPart.Worksheet = new Worksheet(FrozenHeader(), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, bool bold)
    {
        var row = new Row { RowIndex = index };
        foreach (var value in values)
        {
            row.Append(Cell(value, bold));
        }

        return row;
    }

    private static Cell Cell(object? value, bool bold)
    {
        var cell = value switch
        {
            null => new Cell(),
            decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Api.NormalizedDecimalConverter.Normalize(d)) },
            int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
            _ => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString() ?? ""))) { DataType = CellValues.InlineString },
        };
        cell.StyleIndex = bold ? 1u : 0u;
        return cell;
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
    { WorkbookViewId = 0 });

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
