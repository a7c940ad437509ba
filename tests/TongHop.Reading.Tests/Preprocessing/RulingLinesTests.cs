using OpenCvSharp;
using TongHop.Reading.Preprocessing;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class RulingLinesTests
{
    /// <summary>Page 1 of the scan fixture (header, title, body text), grey, 300 dpi.</summary>
    private static Mat FixturePage()
    {
        using var scan = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        return Cv2.ImDecode(scan.GetPage(1).GetImages().Single().RawMemory.ToArray(), ImreadModes.Grayscale);
    }

    [Fact]
    public void Prepare_TableRulesAndAStreak_BecomePaperAndTheTextStays()
    {
        using var page = FixturePage();
        using var ruled = page.Clone();
        // A table's rules across the body (slightly leaning, as on a scan), its two sides, and a photocopier's
        // grey streak down the page.
        var (left, right) = (page.Width / 10, page.Width * 9 / 10);
        var rows = new[] { page.Height / 3, page.Height / 3 + 62, page.Height / 3 + 124, page.Height / 3 + 186 };
        foreach (var y in rows)
        {
            Cv2.Line(ruled, new Point(left, y), new Point(right, y + 12), Scalar.All(30), 3);
        }

        Cv2.Line(ruled, new Point(left, rows[0]), new Point(left + 4, rows[^1]), Scalar.All(30), 3);
        Cv2.Line(ruled, new Point(right, rows[0] + 12), new Point(right + 4, rows[^1] + 12), Scalar.All(30), 3);
        var streakX = page.Width * 11 / 20;
        using (var streak = new Mat(page.Size(), MatType.CV_8UC1, Scalar.All(255)))
        {
            Cv2.Rectangle(streak, new Rect(streakX, page.Height / 5, 5, page.Height / 2), Scalar.All(100), -1);
            Cv2.Multiply(ruled, streak, ruled, 1.0 / 255);
        }

        using var input = new TempFile(ruled.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions(), output.Path);

        Assert.Contains(prepared.Notes, n => n.StartsWith("ruling lines or streaks removed", StringComparison.Ordinal));
        using var clean = Cv2.ImRead(prepared.ImagePath, ImreadModes.Grayscale);
        // Every rule and the streak are gone (their pixels, away from text, are paper again)...
        using var lineInk = new Mat();
        Cv2.Absdiff(ruled, page, lineInk);
        Cv2.Threshold(lineInk, lineInk, 60, 255, ThresholdTypes.Binary);
        using var left0 = new Mat();
        Cv2.Threshold(clean, left0, 128, 255, ThresholdTypes.BinaryInv);
        using var stillThere = new Mat();
        Cv2.BitwiseAnd(lineInk, left0, stillThere);
        Assert.True(Cv2.CountNonZero(stillThere) < Cv2.CountNonZero(lineInk) / 10,
            $"{Cv2.CountNonZero(stillThere)} of {Cv2.CountNonZero(lineInk)} line pixels left");
        // ...and the page's own text is kept, but for the strips the lines crossed.
        using var before = new Mat();
        Cv2.Threshold(page, before, 128, 255, ThresholdTypes.BinaryInv);
        using var lost = new Mat();
        Cv2.Subtract(before, left0, lost);
        Assert.True(Cv2.CountNonZero(lost) < Cv2.CountNonZero(before) / 40,
            $"{Cv2.CountNonZero(lost)} of {Cv2.CountNonZero(before)} text pixels lost");
    }

    [Fact]
    public void Present_TextWithoutLines_FindsNone()
    {
        using var page = FixturePage();
        using var half = new Mat();
        Cv2.Resize(page, half, new Size(page.Width / 2, page.Height / 2), 0, 0, InterpolationFlags.Area);
        var lineHeight = SkewEstimator.Estimate(half, 8)?.LineHeight;
        Assert.False(RulingLines.Present(half, lineHeight));
    }

    [Fact]
    public void Find_DarkBandAlongTheBinding_IsNotALine()
    {
        using var page = FixturePage();
        using var half = new Mat();
        Cv2.Resize(page, half, new Size(page.Width / 2, page.Height / 2), 0, 0, InterpolationFlags.Area);
        // The shadow of a book's binding: a dark band 60 pixels wide down the left edge.
        Cv2.Rectangle(half, new Rect(0, 0, 60, half.Height), Scalar.All(40), -1);
        var (horizontal, vertical, share) = RulingLines.Find(half, SkewEstimator.Estimate(half, 8)?.LineHeight);
        horizontal.Dispose();
        vertical.Dispose();
        Assert.True(share < 0.0004, $"share {share}");
    }
}
