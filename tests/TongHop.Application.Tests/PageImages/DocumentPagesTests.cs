using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCvSharp;
using TongHop.Application.PageImages;
using TongHop.Reading;
using TongHop.Storage;
using TongHop.Testing;

namespace TongHop.Application.Tests.PageImages;

/// <summary>
/// A DOCX and a plain-text report get page images (laid out by LibreOffice) with their words located: the box of a
/// number of the read text, cut out of the stored page image and read again with tesseract, shows that number.
/// </summary>
public sealed partial class DocumentPagesTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("tonghop-doc-pages-");

    [Theory]
    [InlineData("bao-cao-phuong-tan-an.docx")]
    [InlineData("bao-cao-phuong-tan-an.txt")]
    public async Task Document_GetsPages_AndItsNumbersAreBoxedWhereTheyArePrinted(string name)
    {
        var path = SharedPaths.Repo("tests", "fixtures", "formats", name);
        var read = DocumentReader.CreateDefault().Read(path);
        Assert.True(read.Succeeded, read.Error);
        var store = new PageImageStore(Path.Combine(_data.FullName, "pages"));
        var options = ApplicationOptions.From(new StorageOptions(DatabaseProvider.Sqlite, _data.FullName));
        var service = new PageImageService(store, options, NullLogger<PageImageService>.Instance);

        await service.LayOutAsync(read.Source.Sha256, path, read, read.Source.Text, CancellationToken.None);

        Assert.True(store.PageCount(read.Source.Sha256) >= 1, "no page image was stored");
        var words = store.Words(read.Source.Sha256);
        var text = read.Source.Text;
        var numbers = Number().Matches(text).Where(m => m.Value.Count(char.IsDigit) >= 3).Take(6).ToList();
        Assert.True(numbers.Count >= 4, "the fixture has too few numbers to check");
        var located = 0;
        foreach (var number in numbers)
        {
            var boxes = EvidenceBoxes.For(words, number.Index, number.Index + number.Length);
            Assert.True(boxes.Count == 1, $"\"{number.Value}\" has {boxes.Count} boxes");
            var seen = Ocr(store.ImagePath(read.Source.Sha256, boxes[0].Page)!, boxes[0]);
            if (Digits(seen).Contains(Digits(number.Value), StringComparison.Ordinal))
            {
                located++;
            }
        }

        // Tesseract may misread a digit of a small crop; the boxes must show the number nearly every time.
        Assert.True(located >= numbers.Count - 1, $"{located} of {numbers.Count} boxes show their number");
    }

    [Fact]
    public void Alignment_SkipsWordsTheOtherSideLacks_AndStaysInStep()
    {
        // The rendered copy numbers a list item ("1.") and writes a table cell on its own line; the read text has neither.
        var read = "Kết quả: tiếp nhận 1.384 hồ sơ và trả 1.352 hồ sơ đúng hạn";
        var rendered = "1. Kết quả: tiếp nhận\n1.384 hồ sơ và trả 1.352 hồ sơ đúng hạn";
        var words = Regex.Matches(rendered, @"\S+").Select((m, i) => new TongHop.Reading.Layout.WordBox(m.Index, m.Length, i * 10, 0, 8, 5, 100)).ToList();
        var aligned = WordAlignment.Align(read, rendered, [new TongHop.Reading.Layout.PageWords(1, 200, 100, null, words)]);
        var boxes = aligned.Single().Words;
        var at = (string word) => boxes.Single(b => read.Substring(b.Start, b.Length) == word).Left;
        Assert.Equal(10, at("Kết"));      // rendered word 1 (after "1.")
        Assert.Equal(50, at("1.384"));
        Assert.Equal(100, at("1.352"));
        Assert.Equal(Regex.Matches(read, @"\S+").Count, boxes.Count);
    }

    public void Dispose() => _data.Delete(recursive: true);

    private static string Digits(string text) => new([.. text.Where(char.IsDigit)]);

    // The box's part of the page image, enlarged three times with a white margin, read by tesseract as one line.
    private static string Ocr(string image, EvidenceBox box)
    {
        using var page = Cv2.ImRead(image, ImreadModes.Grayscale);
        var rect = new Rect((int)(box.X * page.Width), (int)(box.Y * page.Height), (int)Math.Ceiling(box.Width * page.Width), (int)Math.Ceiling(box.Height * page.Height));
        rect = rect.Intersect(new Rect(0, 0, page.Width, page.Height));
        using var part = new Mat(page, rect);
        using var large = part.Resize(new Size(rect.Width * 3, rect.Height * 3), 0, 0, InterpolationFlags.Cubic);
        using var framed = large.CopyMakeBorder(20, 20, 20, 20, BorderTypes.Constant, Scalar.White);
        var file = Path.Combine(Path.GetTempPath(), $"tonghop-crop-{Guid.NewGuid():N}.png");
        framed.ImWrite(file);
        try
        {
            var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { file, "stdout", "-l", "vie", "--psm", "7" })
            {
                start.ArgumentList.Add(a);
            }

            start.Environment["OMP_THREAD_LIMIT"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\d[\d.,/]*\d")]
    private static partial Regex Number();
}
