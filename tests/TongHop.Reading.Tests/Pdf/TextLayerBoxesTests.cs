using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using TongHop.Reading.Layout;
using TongHop.Reading.Pdf;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;

namespace TongHop.Reading.Tests.Pdf;

/// <summary>
/// The words of a text-layer PDF keep their boxes (from the letters' positions), so the review page can box the
/// evidence on the rendered page: checked against poppler's own word boxes (<c>pdftotext -bbox</c>), an independent
/// reading of the same file.
/// </summary>
public sealed class TextLayerBoxesTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault(new ReadingOptions { TextQuality = StandInQuality.Measure });

    [Fact]
    public void TypedPdf_EveryNumberWord_HasTheBoxPopplerGivesIt()
    {
        using var file = new TempFile(PdfFixtureWriter.Write(FormatFixtures.CleanText), ".pdf");
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("pdf-text-layer", result.Source.TextFrom);
        Assert.NotEmpty(result.Pages);
        var text = result.Source.Text;

        var poppler = PopplerWords(file.Path);
        var checkedWords = 0;
        foreach (var page in result.Pages)
        {
            Assert.Equal(page.Width * 72.0 / page.Dpi!.Value, poppler.Size[page.Page - 1].Width, 0);
            foreach (var word in page.Words)
            {
                var content = text.Substring(word.Start, word.Length);
                Assert.DoesNotContain(content, c => char.IsWhiteSpace(c));
                // Numbers with separators are rare enough on a page to be matched by text alone.
                if (content.Length < 4 || !content.Any(char.IsDigit) || poppler.Words[page.Page - 1].Count(w => w.Text == content) != 1)
                {
                    continue;
                }

                var expected = poppler.Words[page.Page - 1].Single(w => w.Text == content);
                var scale = page.Dpi!.Value / 72.0;
                Assert.InRange(word.Left / scale, expected.Left - 2, expected.Left + 2);
                Assert.InRange((word.Left + word.Width) / scale, expected.Right - 2, expected.Right + 2);
                // Poppler's box is the font's full height; ours the letters' ascent to descent: the centres agree.
                Assert.InRange((word.Top + word.Height / 2.0) / scale, (expected.Top + expected.Bottom) / 2 - 3, (expected.Top + expected.Bottom) / 2 + 3);
                checkedWords++;
            }
        }

        Assert.True(checkedWords >= 5, $"only {checkedWords} number words were compared");
    }

    [Fact]
    public void WordBoxes_CoverTheText_WordForWord()
    {
        using var file = new TempFile(PdfFixtureWriter.Write(FormatFixtures.CleanText), ".pdf");
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        var words = result.Pages.SelectMany(p => p.Words).ToList();
        var textWords = result.Source!.Text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(textWords, words.Count);
        Assert.True(words.Zip(words.Skip(1)).All(p => p.First.Start + p.First.Length < p.Second.Start), "words in text order, apart");
    }

    private static (List<List<(string Text, double Left, double Right, double Top, double Bottom)>> Words, List<(double Width, double Height)> Size) PopplerWords(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-bbox", "-enc", "UTF-8", pdf, "-" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var html = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var xml = XDocument.Parse(html.Replace("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", "", StringComparison.Ordinal));
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        var pages = xml.Descendants(ns + "page").ToList();
        return (
            pages.Select(p => p.Elements(ns + "word").Select(w => (w.Value, D(w, "xMin"), D(w, "xMax"), D(w, "yMin"), D(w, "yMax"))).ToList()).ToList(),
            pages.Select(p => (D(p, "width"), D(p, "height"))).ToList());
    }
}
