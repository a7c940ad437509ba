using OpenCvSharp;
using TongHop.Reading.Ocr;
using TongHop.Reading.Pdf;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace TongHop.Reading.Tests.Pdf;

/// <summary>Scans whose pages are not plain JPEG: CCITT Group 4 (tiff2pdf), turned pages, and the word boxes they give.</summary>
public sealed class ScanCodecTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault();

    [Fact]
    public void PageImage_CcittGroup4Page_IsHandedOverAsTiffNotRendered()
    {
        using var pdf = PdfDocument.Open(FormatFixtures.Path(".g4.pdf"));
        var image = PdfPageImage.For(pdf.GetPage(1), 1, "unused.pdf", 300);
        Assert.Equal(("tif", true, 300, (string?)null), (image.Extension, image.Bilevel, image.Dpi, image.PdfPath));

        // The wrapped TIFF shows black text on white paper, as the PDF does (not inverted).
        using var decoded = Cv2.ImDecode(image.Encoded!, ImreadModes.Grayscale);
        Assert.Equal((2480, 3508), (decoded.Width, decoded.Height));
        Assert.InRange(decoded.Mean().Val0, 200, 254);
        var ink = 1 - (Cv2.CountNonZero(decoded) / (double)(decoded.Width * decoded.Height));
        Assert.InRange(ink, 0.005, 0.2);
    }

    [Fact]
    public void Read_CcittGroup4Scan_ReadsEveryPage()
    {
        var result = _reader.Read(FormatFixtures.Path(".g4.pdf"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("ocr", 2), (result.Source.TextFrom, result.Source.Pages));
        Assert.InRange(TextSimilarity.Recall(FormatFixtures.CleanText, result.Source.Text), 0.93, 1.0);
        Assert.Contains("PHƯỜNG TÂN AN\tĐộc lập - Tự do - Hạnh phúc", result.Source.Text);
    }

    [Fact]
    public void Read_PageScannedUpsideDown_IsTurnedAndRead()
    {
        using var scan = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        using var page = Cv2.ImDecode(scan.GetPage(2).GetImages().Single().RawMemory.ToArray(), ImreadModes.Grayscale);
        using var upsideDown = new Mat();
        Cv2.Rotate(page, upsideDown, RotateFlags.Rotate180);
        var builder = new PdfDocumentBuilder();
        var added = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        added.AddJpeg(upsideDown.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 80)), new UglyToad.PdfPig.Core.PdfRectangle(0, 0, added.PageSize.Width, added.PageSize.Height));
        using var file = new TempFile(builder.Build(), ".pdf");

        var result = _reader.Read(file.Path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Notes, n => n.StartsWith("page 1: turned 180°", StringComparison.Ordinal));
        Assert.Contains("Trần Thị Thu Hà", result.Source.Text);
    }

    [Fact]
    public void Read_Scan_KeepsWordBoxesThatPointIntoTheText()
    {
        var result = _reader.Read(FormatFixtures.Path(".g4.pdf"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([1, 2], result.Pages.Select(p => p.Page));
        var text = result.Source.Text;
        var previous = -1;
        foreach (var page in result.Pages)
        {
            Assert.Equal((2480, 3508), (page.Width, page.Height));
            foreach (var box in page.Words)
            {
                Assert.True(box.Start > previous, "boxes follow the text");
                previous = box.Start;
                var word = text.Substring(box.Start, box.Length);
                Assert.DoesNotContain(word, char.IsWhiteSpace);
                Assert.InRange(box.Left + box.Width, 1, page.Width);
                Assert.InRange(box.Top + box.Height, 1, page.Height);
            }
        }

        // The signer's name is found on page 2, in the lower half of the page.
        var signer = text.IndexOf("Trần Thị Thu Hà", StringComparison.Ordinal);
        var box2 = result.Pages[1].Words.First(b => b.Start == signer);
        Assert.True(box2.Top > 3508 / 4, $"signer box at {box2.Top}");
    }
}
