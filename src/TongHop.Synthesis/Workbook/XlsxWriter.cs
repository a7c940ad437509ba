using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TongHop.Synthesis.Workbook;

/// <summary>
/// A minimal .xlsx writer on the Open XML SDK: sheets with a bold frozen header row, text cells as inline
/// strings and numbers as numbers in the format <c>#,##0.##</c> (Excel shows it in the reader's locale:
/// 1.234,5 on a Vietnamese machine). ClosedXML 0.95.4, the only version the mirror serves, is built on
/// Open XML SDK 2.x and breaks against the 3.x the Reading stage uses, so the SDK is used directly.
/// </summary>
public static class XlsxWriter
{
    private const uint NumberFormatId = 164;

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        Write([new XlsxSheet(sheetName, header, rows)]);

    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(FrozenHeader(), Data(sheet));
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }

        return stream.ToArray();
    }

    private static SheetData Data(XlsxSheet sheet)
    {
        var data = new SheetData();
        data.Append(Row(1, sheet.Header.Cast<object?>().ToList(), bold: true));
        uint index = 2;
        foreach (var row in sheet.Rows)
        {
            data.Append(Row(index++, row, bold: false));
        }

        return data;
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

    internal static Cell Cell(object? value, bool bold) => value switch
    {
        null => new Cell { StyleIndex = bold ? 1u : 0u },
        // Trailing zeros dropped (65.50 → 65.5): the stored decimal keeps the scale it was parsed with.
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue((d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)), StyleIndex = 2u },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i), StyleIndex = 2u },
        // Dates and times as Excel serial numbers shown dd/mm/yyyy (hh:mm): sortable and filterable as dates.
        DateTime t => new Cell { DataType = CellValues.Number, CellValue = new CellValue(t.ToOADate().ToString("0.##########", CultureInfo.InvariantCulture)), StyleIndex = 3u },
        DateOnly day => new Cell { DataType = CellValues.Number, CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = 4u },
        _ => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString() ?? ""))) { DataType = CellValues.InlineString, StyleIndex = bold ? 1u : 0u },
    };

    internal static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
    { WorkbookViewId = 0 });

    internal static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = NumberFormatId, FormatCode = "#,##0.##" },
            new NumberingFormat { NumberFormatId = NumberFormatId + 1, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = NumberFormatId + 2, FormatCode = "dd/mm/yyyy" }) { Count = 3 },
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { NumberFormatId = NumberFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = NumberFormatId + 1, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = NumberFormatId + 2, ApplyNumberFormat = true }));
}
