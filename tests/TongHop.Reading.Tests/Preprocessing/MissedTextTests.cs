using OpenCvSharp;
using TongHop.Reading.Layout;
using TongHop.Reading.Ocr;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class MissedTextTests
{
    [Fact]
    public void Share_IsSmallOnAPageReadWholeAndLargeWhereParagraphsWereLeftOut()
    {
        // Page 1 of the scan fixture (header, title, body), read by tesseract as the pipeline reads it.
        using var scan = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        using var page = Cv2.ImDecode(scan.GetPage(1).GetImages().Single().RawMemory.ToArray(), ImreadModes.Grayscale);
        using var file = new TempFile(page.ImEncode(".png"), ".png");
        var read = new TesseractEngine(OcrOptions.FromEnvironment()).Recognize(file.Path, 1, 300, CancellationToken.None);
        var words = Assert.IsType<PageWords>(read.Words);
        Assert.True(words.Words.Count > 50, $"{words.Words.Count} words read");

        var whole = MissedText.Share(file.Path, words);

        // The same reading without the words of the lower half of the text: paragraphs tesseract took for a picture.
        var top = words.Words.Min(w => w.Top);
        var middle = top + ((words.Words.Max(w => w.Top + w.Height) - top) / 2);
        var upperHalf = words with { Words = words.Words.Where(w => w.Top < middle).ToList() };
        var missed = MissedText.Share(file.Path, upperHalf);

        Assert.NotNull(whole);
        Assert.True(whole < MissedText.RereadShare / 2, $"share on the page read whole: {whole:P1}");
        Assert.True(missed > MissedText.RereadShare, $"share with the lower half left out: {missed:P1}");
    }

    [Fact]
    public void Share_IsUnknownWithTooFewWordsOrAnUndecodableImage()
    {
        using var file = new TempFile("not an image"u8.ToArray(), ".png");
        var words = new PageWords(1, 100, 100, 300, [.. Enumerable.Range(0, 10).Select(i => new WordBox(i, 1, i * 10, 10, 8, 12, 90))]);

        Assert.Null(MissedText.Share(file.Path, words));
        Assert.Null(MissedText.Share(file.Path, words with { Words = words.Words.Take(3).ToList() }));
    }
}
