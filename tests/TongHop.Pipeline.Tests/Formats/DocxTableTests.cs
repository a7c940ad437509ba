using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Core.Extraction;
using TongHop.Testing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace TongHop.Pipeline.Tests.Formats;

/// <summary>
/// A report written in Word with real tables: the header block as a borderless table, a table of figures whose
/// header has a merged "Năm 2025" cell over plan and result and labels over two paragraphs, "trong đó" rows,
/// and an appendix table after the signature. Built here, read through the whole pipeline.
/// </summary>
public sealed class DocxTableTests
{
    private static readonly Lazy<ExtractionResult> Result = new(Extract);

    private static (ValueKind, decimal)[] Values(string key) =>
        [.. Result.Value.Indicators.Where(v => v.Key == key).Select(v => (v.Kind, v.Value)).OrderBy(x => x.Kind).ThenBy(x => x.Value)];

    [Fact]
    public void Docx_ReadsMergedHeaderColumnsAsPlanAndResult()
    {
        Assert.Equal([(ValueKind.Actual, 86.4m), (ValueKind.Target, 90m)], Values("online_dossier_rate"));
        Assert.Equal([(ValueKind.Actual, 97.5m), (ValueKind.Target, 100m)], Values("edocs_signed_rate"));
    }

    [Fact]
    public void Docx_SumsTrongDoRowsAndReadsTheAppendixAfterTheSignature()
    {
        Assert.Equal([(ValueKind.Actual, 53m)], Values("cdt_members"));
        Assert.Equal([(ValueKind.Actual, 740_000_000m), (ValueKind.Target, 800_000_000m)], Values("budget_spent"));
        Assert.Equal([(ValueKind.Actual, 61m)], Values("computers"));
    }

    [Fact]
    public void Docx_NeverReadsRowNumbersOrComparisons()
    {
        Assert.DoesNotContain(Result.Value.Indicators, v => v.Value is 1 or 2 or 3 or 96 or 92.5m);
    }

    private static ExtractionResult Extract()
    {
        using var file = new TempFile(Write(), ".docx");
        var run = ExtractionPipeline.CreateDefault().Run(file.Path);
        Assert.True(run.Succeeded, run.Error);
        return run.Result;
    }

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(
                new Table(new TableRow(
                    Cell("ỦY BAN NHÂN DÂN", "XÃ BÌNH MINH", "Số: 77/BC-UBND"),
                    Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình Minh, ngày 10 tháng 12 năm 2025"))),
                Para("BÁO CÁO"),
                Para("Kết quả chuyển đổi số năm 2025"),
                Para("I. KẾT QUẢ THỰC HIỆN"),
                Para("Kết quả các chỉ tiêu năm 2025 như sau:"),
                new Table(
                    new TableRow(Merged("STT", true), Merged("Chỉ tiêu", true), Merged("ĐVT", true), Spanning("Năm 2025", 2), Merged("So sánh (%)", true)),
                    new TableRow(Merged("", false), Merged("", false), Merged("", false), Cell("Kế hoạch"), Cell("Thực hiện"), Merged("", false)),
                    Row("1", ["Tỷ lệ hồ sơ thủ tục hành chính", "nộp trực tuyến"], "%", "90", "86,4", "96"),
                    Row("2", ["Tỷ lệ văn bản điện tử", "được ký số"], "%", "100", "97,5", "97,5"),
                    Row("3", ["Số thành viên Tổ công nghệ số cộng đồng"], "người", "", "", ""),
                    Row("", ["Trong đó: tổ cấp xã"], "người", "", "8", ""),
                    Row("", ["Các tổ ở thôn"], "người", "", "45", "")),
                Para("Trên đây là báo cáo kết quả chuyển đổi số năm 2025 của UBND xã Bình Minh."),
                new Table(new TableRow(Cell("Nơi nhận:", "- Lưu: VT."), Cell("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trịnh Văn Long"))),
                Para("Phụ lục"),
                new Table(
                    new TableRow(Cell("TT"), Cell("Nội dung"), Cell("Đơn vị tính"), Cell("Kế hoạch"), Cell("Thực hiện"), Cell("Tỷ lệ so với KH (%)")),
                    Row("1", ["Kinh phí thực hiện chuyển đổi số"], "triệu đồng", "800", "740", "92,5"),
                    Row("2", ["Số máy tính phục vụ công tác"], "chiếc", "-", "61", "-")));
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static TableRow Row(string number, string[] label, string unit, string plan, string result, string compare) =>
        new(Cell(number), Cell(label), Cell(unit), Cell(plan), Cell(result), Cell(compare));

    private static TableCell Cell(params string[] paragraphs) => new(paragraphs.Select(Para));

    private static TableCell Merged(string text, bool first)
    {
        var cell = Cell(text);
        cell.PrependChild(new TableCellProperties(new VerticalMerge { Val = first ? MergedCellValues.Restart : MergedCellValues.Continue }));
        return cell;
    }

    private static TableCell Spanning(string text, int columns)
    {
        var cell = Cell(text);
        cell.PrependChild(new TableCellProperties(new GridSpan { Val = columns }));
        return cell;
    }

    private static Paragraph Para(string text) => new(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));
}
