using TongHop.Reading.Pdf;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace TongHop.Reading.Tests.Pdf;

/// <summary>
/// PDFs numbered and dated by an e-office (tests/fixtures/eoffice): the values stamped into the blanks must land in
/// their lines, whether the stamp is an annotation's appearance or text drawn into the page off the baseline.
/// </summary>
public sealed class EofficePdfTests
{
    private const string NumberLine = "Số: 173 /KH-UBND\tTân Lập, ngày 28 tháng 4 năm 2026";

    private static readonly DocumentReader Reader = DocumentReader.CreateDefault(new ReadingOptions { TextQuality = StandInQuality.Measure });

    private static string Fixture(string name) => SharedPaths.Repo("tests", "fixtures", "eoffice", name);

    [Fact]
    public void Read_StampedAsSignatureWidgets_NumberAndDateInTheirLine()
    {
        var result = Reader.Read(Fixture("ke-hoach-xa-tan-lap.stamped.pdf"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("pdf-text-layer", result.Source.TextFrom);
        Assert.Contains(NumberLine + "\n", result.Source.Text);
        Assert.StartsWith("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc\n", result.Source.Text);
    }

    [Fact]
    public void Letters_OfTheStampedPage_DoNotHoldTheStamp()
    {
        // Why poppler is asked: the widgets' appearances are not page content.
        using var document = PdfDocument.Open(Fixture("ke-hoach-xa-tan-lap.stamped.pdf"));
        var page = document.GetPage(1);
        Assert.True(PdfAnnotationText.HasAppearances(page));
        Assert.DoesNotContain("173", PdfTextLayer.Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Unnumbered_BlanksStayBlank()
    {
        var result = Reader.Read(Fixture("ke-hoach-xa-tan-lap.unnumbered.pdf"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("Số: /KH-UBND\tTân Lập, ngày tháng năm 2026\n", result.Source.Text);
    }

    [Theory]
    [InlineData(2.5, -3.0, 14)]
    [InlineData(-4.0, 3.5, 12)]
    [InlineData(0.0, 0.0, 13)]
    public void Read_StampedAsPageText_OffTheBaseline_NumberAndDateInTheirLine(double numberShift, double dateShift, double size)
    {
        using var draft = PdfDocument.Open(Fixture("ke-hoach-xa-tan-lap.unnumbered.pdf"));
        var page = draft.GetPage(1);
        var words = page.GetWords().ToList();
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(PdfFixtureWriter.FontPath));
        var stamped = builder.AddPage(draft, 1);
        stamped.NewContentStreamAfter();
        foreach (var (after, text, shift) in new[] { ("Số:", "173", numberShift), ("ngày", "28", dateShift), ("tháng", "4", dateShift) })
        {
            var word = words.First(w => w.Text == after);
            stamped.AddText(text, size, new PdfPoint(word.BoundingBox.Right + 6, word.Letters[0].StartBaseLine.Y + shift), font);
        }

        using var file = new TempFile(builder.Build(), ".pdf");
        var result = Reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(NumberLine + "\n", result.Source.Text);
    }

    [Fact]
    public void Read_SignatureBlockOnTheRight_StartsWithTab()
    {
        var result = Reader.Read(Fixture("ke-hoach-xa-tan-lap.stamped.pdf"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("\n\tTM. ỦY BAN NHÂN DÂN\n\tCHỦ TỊCH\n", result.Source!.Text);
        Assert.Contains("\nKẾ HOẠCH\n", result.Source.Text); // centred: no TAB
    }
}
