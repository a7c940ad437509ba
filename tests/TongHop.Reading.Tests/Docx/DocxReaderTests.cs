using System.IO.Compression;
using W = DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Reading.Docx;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;

namespace TongHop.Reading.Tests.Docx;

public sealed class DocxReaderTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault();

    [Fact]
    public void Read_GeneratedReport_GivesTheCleanTextLineForLine()
    {
        var clean = FormatFixtures.CleanText;
        using var file = new TempFile(DocxFixtureWriter.Write(clean), ".docx");
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("docx", "docx"), (result.Source.Format, result.Source.TextFrom));
        Assert.Equal(NonBlankLines(clean), NonBlankLines(result.Source.Text));
    }

    [Fact]
    public void Read_StackedHeaderCells_PairsTheirLinesWithTab()
    {
        var docx = DocxFixtureWriter.Write("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN AN\tĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO");
        using var file = new TempFile(docx, ".docx");
        var lines = _reader.Read(file.Path).Source!.Text.Split('\n');
        Assert.Equal(["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG TÂN AN\tĐộc lập - Tự do - Hạnh phúc", "BÁO CÁO"], lines);
    }

    [Fact]
    public void Read_TableOfFigures_KeepsOneCellPerColumnAndOneLinePerRow()
    {
        static W.TableCell Cell(params string[] paragraphs) =>
            new(paragraphs.Select(p => new W.Paragraph(new W.Run(new W.Text(p) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))));
        var spanning = Cell("Năm 2025");
        spanning.PrependChild(new W.TableCellProperties(new W.GridSpan { Val = 2 }));
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Table(
                new W.TableRow(Cell("TT"), Cell("Chỉ tiêu"), spanning, Cell("Ghi chú")),
                new W.TableRow(Cell(""), Cell(""), Cell("Kế hoạch"), Cell("Thực hiện"), Cell("")),
                new W.TableRow(Cell("1"), Cell("Tỷ lệ hồ sơ", "nộp trực tuyến"), Cell("90"), Cell("86,4"), Cell("Đạt")))));
        }

        using var file = new TempFile(stream.ToArray(), ".docx");
        var lines = _reader.Read(file.Path).Source!.Text.Split('\n');
        Assert.Equal(["TT\tChỉ tiêu\tNăm 2025\t\tGhi chú", "\t\tKế hoạch\tThực hiện", "1\tTỷ lệ hồ sơ nộp trực tuyến\t90\t86,4\tĐạt"], lines);
    }

    [Fact]
    public void Read_HeaderAndFooter_AreIncludedWithoutPageNumbers()
    {
        var docx = DocxFixtureWriter.Write("A\tB\nNội dung báo cáo", headerText: "Dự thảo", footerText: "Báo cáo số 418/BC-UBND");
        using var file = new TempFile(docx, ".docx");
        var text = _reader.Read(file.Path).Source!.Text;
        Assert.Equal("Dự thảo\nA\tB\nNội dung báo cáo\nBáo cáo số 418/BC-UBND", text);
    }

    [Fact]
    public void Read_TruncatedDocx_FailsAsDamaged()
    {
        var docx = DocxFixtureWriter.Write(FormatFixtures.CleanText);
        using var file = new TempFile(docx[..(docx.Length / 2)], ".docx");
        var result = _reader.Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("damaged or truncated", result.Error);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedWithinBoundedTime()
    {
        using var file = new TempFile(ZipWith("word/document.xml", 300L * 1024 * 1024), ".docx");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = new DocumentReader([new DocxReader(new ArchiveLimits { MaxUncompressedBytes = 20L * 1024 * 1024 })]).Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("zip bomb", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Read_ZipThatIsNotWord_FailsWithReason()
    {
        using var file = new TempFile(ZipWith("data.csv", 1000), ".docx");
        var result = _reader.Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("not a Word document", result.Error);
    }

    /// <summary>A ZIP holding one entry of <paramref name="size"/> zero bytes (compresses about 1000:1).</summary>
    private static byte[] ZipWith(string entryName, long size)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = archive.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.Length)
            {
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, size - written));
            }
        }

        return stream.ToArray();
    }

    private static string[] NonBlankLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
}
