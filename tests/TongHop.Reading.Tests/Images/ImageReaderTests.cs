using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;

namespace TongHop.Reading.Tests.Images;

public sealed class ImageReaderTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault();

    [Fact]
    public void Read_MultiPageTiff_OcrsEveryPage()
    {
        var result = _reader.Read(FormatFixtures.Path(".tif"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("image", "ocr", 2), (result.Source.Format, result.Source.TextFrom, result.Source.Pages));
        Assert.InRange(TextSimilarity.Recall(FormatFixtures.CleanText, result.Source.Text), 0.93, 1.0);
    }

    [Fact]
    public void Read_JpegPage_OcrsIt()
    {
        using var scan = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        var jpeg = scan.GetPage(2).GetImages().Single().RawMemory.ToArray();
        using var file = new TempFile(jpeg, ".jpg");
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("image", 1), (result.Source.Format, result.Source.Pages));
        Assert.Contains("Trần Thị Thu Hà", result.Source.Text);
    }
}
