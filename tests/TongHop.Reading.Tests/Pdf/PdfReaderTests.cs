using System.Diagnostics;
using TongHop.Reading.Ocr;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace TongHop.Reading.Tests.Pdf;

public sealed class PdfReaderTests : IClassFixture<ScannedReportRead>
{
    private readonly ScannedReportRead _scan;
    private readonly DocumentReader _reader = DocumentReader.CreateDefault(new ReadingOptions { TextQuality = StandInQuality.Measure });

    public PdfReaderTests(ScannedReportRead scan) => _scan = scan;

    [Fact]
    public void Read_TypedPdf_UsesTextLayerInReadingOrder()
    {
        using var file = new TempFile(PdfFixtureWriter.Write(FormatFixtures.CleanText), ".pdf");
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("pdf", "pdf-text-layer"), (result.Source.Format, result.Source.TextFrom));
        Assert.StartsWith("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN AN\tĐộc lập - Tự do - Hạnh phúc\n", result.Source.Text);
        Assert.True(TextSimilarity.Recall(FormatFixtures.CleanText, result.Source.Text) > 0.99);
    }

    [Fact]
    public void Read_ScannedPdf_OcrsEveryPage()
    {
        var result = _scan.Result;
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("pdf", "ocr", 2), (result.Source.Format, result.Source.TextFrom, result.Source.Pages));
        Assert.Contains("page 1: no text layer, OCR used", result.Notes);
        Assert.Contains("page 2: no text layer, OCR used", result.Notes);
        Assert.InRange(TextSimilarity.Recall(FormatFixtures.CleanText, result.Source.Text), 0.95, 1.0);
        // The header's two columns come out as the clean text has them: one row, a TAB between the columns.
        Assert.StartsWith("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", result.Source.Text);
        Assert.Contains("Số: 418/BC-UBND\tTân An, ngày 17 tháng 11 năm 2025", result.Source.Text);
    }

    [Fact]
    public void Read_ScannedPdf_ReportsProgressUpToEveryPage()
    {
        var reports = _scan.Progress.Reports;
        Assert.Equal(new ReadProgress(FormatFixtures.Path(".scan.pdf"), "ocr", 0, 2), reports[0]);
        Assert.Equal(2, reports.Max(r => r.Done));
        Assert.All(reports, r => Assert.Equal(2, r.Total));
    }

    [Fact]
    public void Read_EnglishOcrTextLayer_IsReplacedByVietnameseOcr()
    {
        var result = _reader.Read(FormatFixtures.Path(".eng-layer.pdf"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("ocr", result.Source.TextFrom);
        Assert.Matches(@"^page 1: text layer quality 0\.\d\d < 0\.50, OCR used$", Assert.Single(result.Notes));
        Assert.Contains("Số: 418/BC-UBND", result.Source.Text);
        Assert.True(StandInQuality.Measure(result.Source.Text) > 0.9);
    }

    [Fact]
    public void Read_TypedPageAndScannedPage_ReportsBothSources()
    {
        using var typed = PdfDocument.Open(PdfFixtureWriter.Write(FormatFixtures.CleanText));
        using var scanned = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        var builder = new PdfDocumentBuilder();
        builder.AddPage(typed, 1);
        builder.AddPage(scanned, 2);
        using var file = new TempFile(builder.Build(), ".pdf");
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("pdf-text-layer+ocr", result.Source.TextFrom);
        Assert.Contains("page 1: text layer quality 1.00 >= 0.50, text layer used", result.Notes);
        Assert.Contains("page 2: no text layer, OCR used", result.Notes);
    }

    [Fact]
    public void Read_PageOverTimeLimit_IsStoppedAndReported()
    {
        var options = new ReadingOptions { Ocr = OcrOptions.FromEnvironment() with { PageTimeout = TimeSpan.FromMilliseconds(200) } };
        var clock = Stopwatch.StartNew();
        var result = DocumentReader.CreateDefault(options).Read(FormatFixtures.Path(".scan.pdf"));
        Assert.False(result.Succeeded);
        Assert.Contains("tesseract took longer than 0 s and was stopped", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Read_MissingTesseract_FailsWithInstallHint()
    {
        var options = new ReadingOptions { Ocr = new OcrOptions { TesseractPath = "/nonexistent/tesseract" } };
        var result = DocumentReader.CreateDefault(options).Read(FormatFixtures.Path(".scan.pdf"));
        Assert.False(result.Succeeded);
        Assert.Contains("could not be started", result.Error);
    }
}
