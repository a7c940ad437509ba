using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TongHop.Synthesis.Tests.Support;
using TongHop.Synthesis.Workbook;

namespace TongHop.Synthesis.Tests.Workbook;

public sealed class SynthesisWorkbookTests
{
    [Fact]
    public void Write_Workbook_HasTableEvidenceAndStatusSheetsWithNumbersAsNumbers()
    {
        using var stream = new MemoryStream(SynthesisWorkbook.Write(SampleProvince.Input, SampleProvince.Options));
        using var book = SpreadsheetDocument.Open(stream, false);
        var part = book.WorkbookPart!;
        var sheets = part.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Chỉ tiêu", "Căn cứ", "Tình hình báo cáo"], sheets.Select(s => s.Name!.Value));
        var table = ((WorksheetPart)part.GetPartById(sheets[0].Id!.Value!)).Worksheet!.Descendants<Row>().ToList();
        Assert.Equal(SampleProvince.Input.Units.Count + 2, table.Count);
        var anPhu = table.Single(r => r.InnerText.Contains("Xã An Phú", StringComparison.Ordinal)).Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, anPhu[2].DataType!.Value);
        Assert.Equal("45", anPhu[2].CellValue!.Text);
        var formats = part.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value).ToList();
        Assert.Equal(["#,##0.##", "dd/mm/yyyy hh:mm", "dd/mm/yyyy"], formats);
        var evidence = ((WorksheetPart)part.GetPartById(sheets[1].Id!.Value!)).Worksheet!.InnerText;
        Assert.Contains("Cơ quan hiện có 45 máy tính phục vụ công tác.", evidence, StringComparison.Ordinal);
        Assert.Contains("101/BC-UBND", evidence, StringComparison.Ordinal);
        var status = ((WorksheetPart)part.GetPartById(sheets[2].Id!.Value!)).Worksheet!.InnerText;
        Assert.Contains("Trễ hạn", status, StringComparison.Ordinal);
        Assert.Contains("Chưa gửi", status, StringComparison.Ordinal);

        // The receipt time and the document's date are dates (serial numbers in a date format), not text.
        var statusRows = ((WorksheetPart)part.GetPartById(sheets[2].Id!.Value!)).Worksheet!.Descendants<Row>().ToList();
        var received = SampleProvince.Input.Units.Where(u => u.ReceivedLocal is not null).ToList();
        Assert.NotEmpty(received);
        foreach (var unit in received)
        {
            var cells = statusRows.Single(r => r.Elements<Cell>().ElementAt(1).InnerText == unit.Name).Elements<Cell>().ToList();
            Assert.Equal(CellValues.Number, cells[3].DataType!.Value);
            Assert.Equal(3u, cells[3].StyleIndex!.Value);
            Assert.Equal(unit.ReceivedLocal!.Value.ToOADate(), double.Parse(cells[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 6);
            if (unit.Document?.Date is { } date)
            {
                Assert.Equal((4u, date.ToDateTime(TimeOnly.MinValue).ToOADate()), (cells[5].StyleIndex!.Value, double.Parse(cells[5].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }
}
