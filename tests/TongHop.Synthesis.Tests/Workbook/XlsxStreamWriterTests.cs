using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TongHop.Synthesis.Workbook;

namespace TongHop.Synthesis.Tests.Workbook;

/// <summary>
/// The forward-only writer gives the workbook the in-memory writer gives (same sheet, cells, styles and frozen header),
/// opened by the Open XML SDK as any .xlsx, and it takes its rows as they come, one at a time.
/// </summary>
public sealed class XlsxStreamWriterTests
{
    private static readonly string[] Header = ["Mã đơn vị", "Đơn vị", "Tỷ lệ hồ sơ (%)", "Số trạm (số lượng)", "Nhận lúc", "Ngày văn bản"];

    private static IReadOnlyList<object?>[] Rows() =>
    [
        ["X-01", "Xã Sơn Hà & \"Sơn Kỳ\" <cũ>", 65.50m, 12, new DateTime(2025, 9, 20, 8, 30, 0), new DateOnly(2025, 9, 18)],
        ["X-02", "=1+2 không phải công thức", null, 1234567.125m, null, null],
        ["X-03", "", -4.2m, 0, null, new DateOnly(2024, 2, 29)],
    ];

    [Fact]
    public async Task StreamedWorkbook_IsTheWorkbookOfTheInMemoryWriter()
    {
        var expected = XlsxWriter.Write("Chỉ tiêu", Header, Rows());
        using var streamed = new MemoryStream();
        await XlsxStreamWriter.WriteAsync(streamed, "Chỉ tiêu", Header, Async(Rows()));

        using var a = SpreadsheetDocument.Open(new MemoryStream(expected), false);
        using var b = SpreadsheetDocument.Open(new MemoryStream(streamed.ToArray()), false);
        Assert.Equal(Sheets(a), Sheets(b));
        Assert.Equal(a.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.OuterXml, b.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.OuterXml);
        var (sheetA, sheetB) = (a.WorkbookPart.WorksheetParts.Single().Worksheet!, b.WorkbookPart.WorksheetParts.Single().Worksheet!);
        Assert.Equal(sheetA.GetFirstChild<SheetViews>()!.OuterXml, sheetB.GetFirstChild<SheetViews>()!.OuterXml);
        var (rowsA, rowsB) = (Cells(sheetA), Cells(sheetB));
        Assert.Equal(Rows().Length + 1, rowsB.Count);
        Assert.Equal(rowsA, rowsB);
        Assert.Contains(rowsB[2], c => c.EndsWith("|1234567.125", StringComparison.Ordinal));
        Assert.Contains(rowsB[1], c => c.EndsWith("|Xã Sơn Hà & \"Sơn Kỳ\" <cũ>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rows_AreWrittenOut_BeforeTheLaterOnesAreRead()
    {
        // While the source is still being read, what came before is already compressed into the output.
        using var output = new MemoryStream();
        long atHalf = -1;
        async IAsyncEnumerable<IReadOnlyList<object?>> Source()
        {
            for (var i = 0; i < 20_000; i++)
            {
                if (i == 10_000)
                {
                    atHalf = output.Length;
                }

                await Task.Yield();
                yield return [$"X-{i}", "Xã thử " + i, (decimal)i / 7];
            }
        }

        await XlsxStreamWriter.WriteAsync(output, "Chỉ tiêu", ["Mã đơn vị", "Đơn vị", "Giá trị"], Source());
        Assert.True(atHalf > 32 * 1024, $"only {atHalf} bytes written after half the rows");
        Assert.True(output.Length > atHalf * 3 / 2, $"{output.Length} bytes in all, {atHalf} at half");
        using var book = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>().ToList();
        Assert.Equal(20_001, rows.Count);
        Assert.Equal("Xã thử 19999", rows[^1].Elements<Cell>().ElementAt(1).InnerText);
        Assert.Equal(20_001u, rows[^1].RowIndex!.Value);
    }

    private static List<string> Sheets(SpreadsheetDocument book) => [.. book.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    // Every row as its cells' type, style and text, in order.
    private static List<List<string>> Cells(Worksheet sheet) =>
        [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => $"{c.DataType?.Value}|{c.StyleIndex?.Value}|{c.InnerText}").Prepend($"row {r.RowIndex?.Value}").ToList())];

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Async(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
