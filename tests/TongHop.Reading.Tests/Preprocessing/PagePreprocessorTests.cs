using OpenCvSharp;
using TongHop.Reading.Preprocessing;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class PagePreprocessorTests
{
    /// <summary>Page 2 of the scan fixture (the signature block), grey, 300 dpi.</summary>
    private static Mat FixturePage(int number = 2)
    {
        using var scan = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        return Cv2.ImDecode(scan.GetPage(number).GetImages().Single().RawMemory.ToArray(), ImreadModes.Grayscale);
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(-2.0)]
    public void Estimate_PageTurnedByAKnownAngle_FindsIt(double degrees)
    {
        using var page = FixturePage();
        var own = SkewEstimator.Estimate(page, 8)!.Value.Degrees; // the scan itself leans a little
        Assert.InRange(own, -1, 1);
        using var turned = Turn(page, degrees);
        var estimate = SkewEstimator.Estimate(turned, 8);
        Assert.NotNull(estimate);
        Assert.InRange(estimate.Value.Degrees - own, degrees - 0.15, degrees + 0.15);
        Assert.InRange(estimate.Value.LineHeight!.Value, 25, 90);
    }

    [Fact]
    public void Prepare_SlantedPage_IsStraightened()
    {
        using var page = FixturePage();
        using var turned = Turn(page, 2.5);
        using var input = new TempFile(turned.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");
        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions(), output.Path);
        Assert.Equal(output.Path, prepared.ImagePath);
        Assert.Contains(prepared.Notes, n => n.StartsWith("straightened by 2.", StringComparison.Ordinal));
        using var straight = Cv2.ImRead(output.Path, ImreadModes.Grayscale);
        Assert.InRange(SkewEstimator.Estimate(straight, 8)!.Value.Degrees, -0.2, 0.2);
    }

    [Fact]
    public void Prepare_RedSealAndBlueSignature_AreRemovedAndBlackTextUnderThemKept()
    {
        using var page = FixturePage();
        using var colour = new Mat();
        Cv2.CvtColor(page, colour, ColorConversionCodes.GRAY2BGR);
        // A darkest text pixel in the signature block, and a paper pixel, both under the seal.
        var (text, paper) = TextAndPaperNear(page, new Rect(1300, 300, 700, 700));
        var centre = new Point((text.X + paper.X) / 2, (text.Y + paper.Y) / 2);
        var radius = (int)(Math.Sqrt(Math.Pow(text.X - paper.X, 2) + Math.Pow(text.Y - paper.Y, 2)) / 2) + 60;
        using var seal = colour.Clone();
        Cv2.Circle(seal, centre, radius, new Scalar(40, 40, 210), -1);
        Cv2.Line(seal, new Point(paper.X - 100, paper.Y + 30), new Point(paper.X + 100, paper.Y + 30), new Scalar(180, 60, 40), 8);
        Cv2.Multiply(colour, seal, colour, 1.0 / 255); // ink on paper: black text stays black under the seal
        using var input = new TempFile(colour.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions { Deskew = false }, output.Path);

        Assert.Contains(prepared.Notes, n => n.StartsWith("coloured ink removed", StringComparison.Ordinal));
        using var grey = Cv2.ImRead(prepared.ImagePath, ImreadModes.Grayscale);
        Assert.True(grey.At<byte>(paper.Y, paper.X) > 200, "the seal's ink on paper became paper");
        Assert.True(grey.At<byte>(text.Y, text.X) < 90, "the black text under the seal stayed dark");
    }

    [Fact]
    public void Prepare_CleanGreyPageAtItsResolution_IsHandedOverUntouched()
    {
        using var page = FixturePage();
        using var input = new TempFile(page.ImEncode(".png"), ".png");
        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions(), input.Path + ".pgm");
        Assert.Equal(input.Path, prepared.ImagePath);
        Assert.Empty(prepared.Notes);
    }

    [Fact]
    public void Prepare_PageScannedAtLowResolution_IsScaledUp()
    {
        using var page = FixturePage();
        using var small = new Mat();
        Cv2.Resize(page, small, new Size(), 0.4, 0.4, InterpolationFlags.Area);
        using var input = new TempFile(small.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");
        var prepared = PagePreprocessor.Prepare(input.Path, 120, 0, false, new PreprocessOptions(), output.Path);
        Assert.Contains(prepared.Notes, n => n.StartsWith("scaled by ", StringComparison.Ordinal));
        Assert.InRange(prepared.Dpi!.Value, 240, 400);
    }

    [Fact]
    public void Prepare_PageScannedAtHighResolution_IsScaledDown()
    {
        using var page = FixturePage();
        using var top = new Mat(page, new Rect(0, 0, page.Width, page.Height * 2 / 5));
        using var large = new Mat();
        Cv2.Resize(top, large, new Size(), 4, 4, InterpolationFlags.Cubic); // 1200 dpi
        using var input = new TempFile(large.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");
        var prepared = PagePreprocessor.Prepare(input.Path, 1200, 0, false, new PreprocessOptions { Deskew = false }, output.Path);
        Assert.Contains(prepared.Notes, n => n.StartsWith("scaled by 0.", StringComparison.Ordinal));
    }

    [Fact]
    public void Prepare_NarrowPageWhoseLinesMeasureTall_IsNotShrunkFurther()
    {
        // A 200 dpi page whose profile measures text lines over 100 pixels (here stretched upwards; on real pages a
        // block framed by rules): shrinking it to the target line height would leave 40-80 dpi, which no OCR reads.
        using var page = FixturePage();
        using var stretched = new Mat();
        Cv2.Resize(page, stretched, new Size(page.Width * 2 / 3, page.Height * 4), 0, 0, InterpolationFlags.Area);
        using var input = new TempFile(stretched.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");
        var prepared = PagePreprocessor.Prepare(input.Path, 200, 0, false, new PreprocessOptions { Deskew = false }, output.Path);
        Assert.DoesNotContain(prepared.Notes, n => n.StartsWith("scaled by", StringComparison.Ordinal));
        Assert.Contains(prepared.Notes, n => n.StartsWith("not scaled: text lines measured", StringComparison.Ordinal));
    }

    [Fact]
    public void Prepare_SealScannedInGrey_IsRemovedAndBlackTextUnderItKept()
    {
        using var page = FixturePage();
        var (text, paper) = TextAndPaperNear(page, new Rect(1300, 300, 700, 700));
        var centre = new Point((text.X + paper.X) / 2, (text.Y + paper.Y) / 2);
        var radius = (int)(Math.Sqrt(Math.Pow(text.X - paper.X, 2) + Math.Pow(text.Y - paper.Y, 2)) / 2) + 90;
        // A red seal as a grey scanner sees it: rings and a star in a mid grey, multiplied into the page.
        using var seal = new Mat(page.Size(), MatType.CV_8UC1, Scalar.All(255));
        Cv2.Circle(seal, centre, radius, Scalar.All(105), 10);
        Cv2.Circle(seal, centre, radius * 2 / 3, Scalar.All(105), 6);
        Cv2.Circle(seal, text, 14, Scalar.All(105), 8);
        Cv2.Circle(seal, paper, 14, Scalar.All(105), 8);
        Cv2.Line(seal, new Point(centre.X - radius / 2, centre.Y), new Point(centre.X + radius / 2, centre.Y), Scalar.All(105), 7);
        using var stamped = new Mat();
        Cv2.Multiply(page, seal, stamped, 1.0 / 255);
        using var input = new TempFile(stamped.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions { Deskew = false }, output.Path);

        Assert.Contains(prepared.Notes, n => n.StartsWith("grey seal removed", StringComparison.Ordinal));
        using var grey = Cv2.ImRead(prepared.ImagePath, ImreadModes.Grayscale);
        var ring = new Point(centre.X, centre.Y - radius);
        Assert.True(grey.At<byte>(ring.Y, ring.X) > 200, "the seal's ring on paper became paper");
        Assert.True(grey.At<byte>(paper.Y + 14, paper.X) > 200, "the seal's stroke over the paper became paper");
        Assert.True(grey.At<byte>(text.Y, text.X) < 90, "the black text under the seal stayed dark");
        using var before = new Mat();
        using var after = new Mat();
        Cv2.Threshold(page, before, 128, 255, ThresholdTypes.BinaryInv);
        Cv2.Threshold(grey, after, 128, 255, ThresholdTypes.BinaryInv);
        using var lost = new Mat();
        Cv2.Subtract(before, after, lost);
        Assert.True(Cv2.CountNonZero(lost) < Cv2.CountNonZero(before) / 50, "the page's own text kept");
    }

    [Fact]
    public void Prepare_FadedGreyText_IsNotTakenForASeal()
    {
        using var page = FixturePage();
        // Toner running low: the whole text a mid grey, as light as a seal.
        using var faded = new Mat();
        page.ConvertTo(faded, MatType.CV_8UC1, 0.55, 255 * 0.45);
        using var input = new TempFile(faded.ImEncode(".png"), ".png");
        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions { Deskew = false }, input.Path + ".pgm");
        Assert.DoesNotContain(prepared.Notes, n => n.StartsWith("grey seal removed", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_ScannerEdgeAlongTheSide_DoesNotChangeTheLineHeight()
    {
        using var page = FixturePage();
        var plain = SkewEstimator.Estimate(page, 8)!.Value.LineHeight!.Value;
        using var edged = page.Clone();
        // The scanner lid's dark band down the left edge, its inner edge ragged.
        var height = edged.Height;
        for (var y = 0; y < height; y += 8)
        {
            Cv2.Rectangle(edged, new Rect(0, y, 40 + (y / 8 % 5) * 3, 8), Scalar.All(30), -1);
        }

        var withEdge = SkewEstimator.Estimate(edged, 8)!.Value.LineHeight!.Value;
        Assert.InRange(withEdge, plain * 0.8, plain * 1.25);
    }

    [Fact]
    public void Estimate_FewLinesAmongTonerSpecks_MeasuresTheTextLinesNotTheSpecks()
    {
        using var page = FixturePage();
        // The signature page's top third (a few lines of text), the rest of the sheet blank but for toner specks.
        using var sparse = new Mat(page.Size(), MatType.CV_8UC1, Scalar.All(255));
        using (var top = new Mat(page, new Rect(0, 0, page.Width, page.Height / 3)))
        using (var target = new Mat(sparse, new Rect(0, 0, page.Width, page.Height / 3)))
        {
            top.CopyTo(target);
        }

        var plain = SkewEstimator.Estimate(sparse, 8)!.Value.LineHeight!.Value;
        var random = new Random(7);
        for (var i = 0; i < 400; i++)
        {
            var (x, y) = (random.Next(40, page.Width - 40), random.Next(page.Height / 3, page.Height - 40));
            Cv2.Rectangle(sparse, new Rect(x, y, 3 + random.Next(3), 3 + random.Next(3)), Scalar.All(20), -1);
        }

        var measured = SkewEstimator.Estimate(sparse, 8)!.Value.LineHeight!.Value;
        Assert.InRange(measured, plain * 0.8, plain * 1.3); // specks beside a line lengthen it a little; never 6 pixels
    }

    [Fact]
    public void Prepare_BackPageShowingThroughUnderUnevenLight_BecomesPaperAndTheTextStays()
    {
        using var page = FixturePage();
        // The back page (this one mirrored) showing through faintly, and light falling off across the sheet.
        using var back = new Mat();
        Cv2.Flip(page, back, FlipMode.Y);
        back.ConvertTo(back, MatType.CV_8UC1, 0.25, 255 * 0.75);
        using var sheet = new Mat();
        Cv2.Multiply(page, back, sheet, 1.0 / 255);
        using var light = new Mat(page.Size(), MatType.CV_8UC1);
        var width = page.Width;
        for (var x = 0; x < width; x++)
        {
            using var column = light.ColRange(x, x + 1);
            column.SetTo(Scalar.All(255 - 90.0 * x / width));
        }

        Cv2.Multiply(sheet, light, sheet, 1.0 / 255);
        using var input = new TempFile(sheet.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions { Deskew = false }, output.Path);

        Assert.Contains(prepared.Notes, n => n.StartsWith("uneven light flattened", StringComparison.Ordinal));
        using var clean = Cv2.ImRead(prepared.ImagePath, ImreadModes.Grayscale);
        using var text = new Mat();
        Cv2.Threshold(page, text, 128, 255, ThresholdTypes.BinaryInv);
        using var showing = new Mat();
        Cv2.Threshold(back, showing, 240, 255, ThresholdTypes.BinaryInv);
        Cv2.Subtract(showing, text, showing); // where only the back page is
        AssertBackPageWhitenedTextKept(clean, text, showing);
    }

    [Fact]
    public void Prepare_EvenlyLitPageShowingItsBackPage_BackPageBecomesPaperAndTheTextStays()
    {
        // The signature page with the body page (mirrored) showing through thin paper; the light is even.
        using var page = FixturePage(2);
        using var body = FixturePage(1);
        using var back = new Mat();
        Cv2.Flip(body, back, FlipMode.Y);
        Cv2.Resize(back, back, page.Size());
        back.ConvertTo(back, MatType.CV_8UC1, 0.3, 255 * 0.7);
        using var sheet = new Mat();
        Cv2.Min(page, back, sheet);
        using var input = new TempFile(sheet.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions { Deskew = false }, output.Path);

        Assert.Contains(prepared.Notes, n => n.StartsWith("faint marks whitened", StringComparison.Ordinal));
        Assert.DoesNotContain(prepared.Notes, n => n.StartsWith("uneven light", StringComparison.Ordinal));
        using var clean = Cv2.ImRead(prepared.ImagePath, ImreadModes.Grayscale);
        using var text = new Mat();
        Cv2.Threshold(page, text, 128, 255, ThresholdTypes.BinaryInv);
        using var showing = new Mat();
        Cv2.Threshold(back, showing, 240, 255, ThresholdTypes.BinaryInv);
        using (var near = new Mat())
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(5, 5)))
        {
            Cv2.Dilate(text, near, kernel);
            Cv2.Subtract(showing, near, showing); // where only the back page is
        }

        AssertBackPageWhitenedTextKept(clean, text, showing);

        // The same page without the whitening, for the reader to compare: the back page is still there.
        Assert.Equal(PagePreprocessor.UnwhitenedPath(output.Path), prepared.Unwhitened);
        using var unwhitened = Cv2.ImRead(prepared.Unwhitened!, ImreadModes.Grayscale);
        using var stillPaper = new Mat();
        Cv2.Threshold(unwhitened, stillPaper, 250, 255, ThresholdTypes.Binary);
        using var notWhitened = new Mat();
        Cv2.BitwiseAnd(showing, stillPaper, notWhitened);
        Assert.True(Cv2.CountNonZero(notWhitened) < Cv2.CountNonZero(showing) * 0.1, "the unwhitened page keeps its back page");
        File.Delete(prepared.Unwhitened!);
    }

    [Fact]
    public void Prepare_PageWithUnevenLight_HasNoUnwhitenedCopyButAnUndividedOne()
    {
        using var output = new TempFile([], ".pgm");
        var prepared = PrepareUnderFallingLight(new PreprocessOptions { Deskew = false }, output.Path);

        Assert.Contains(prepared.Notes, n => n.StartsWith("uneven light flattened", StringComparison.Ordinal));
        Assert.Null(prepared.Unwhitened);
        Assert.False(File.Exists(PagePreprocessor.UnwhitenedPath(output.Path)));

        // The same page without the division, for the reader to compare, written only when asked for: its light still
        // falls off across the sheet, where the divided page's paper is even.
        using var page = prepared.Undivided;
        Assert.NotNull(page);
        Assert.Equal(PagePreprocessor.UndividedPath(output.Path), page.Path);
        Assert.False(File.Exists(page.Path), "not written before the reader asks for it");
        Assert.Equal(page.Path, page.Write());
        using var undivided = Cv2.ImRead(page.Path, ImreadModes.Grayscale);
        using var divided = Cv2.ImRead(prepared.ImagePath, ImreadModes.Grayscale);
        Assert.Equal(divided.Size(), undivided.Size());
        Assert.True(PaperFalloff(undivided) > 60, $"undivided falloff {PaperFalloff(undivided)}");
        Assert.True(PaperFalloff(divided) < 10, $"divided falloff {PaperFalloff(divided)}");
        File.Delete(page.Path);
    }

    [Fact]
    public void Prepare_PageWithUnevenLight_UndividedCopyFinishedLikeTheDividedOne()
    {
        // A slanted page: the undivided copy, finished only when written, is straightened as the divided page was.
        using var slanted = FixturePage();
        using var sheet = UnderFallingLight(Turn(slanted, 2.5));
        using var input = new TempFile(sheet.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions(), output.Path);
        using var page = prepared.Undivided;
        Assert.NotNull(page);
        Assert.Contains(prepared.Notes, n => n.StartsWith("straightened by 2.", StringComparison.Ordinal));
        page.Write();
        Assert.Equal(page.Path, page.Write()); // once: a second call hands the same file back
        using var undivided = Cv2.ImRead(page.Path, ImreadModes.Grayscale);
        using var divided = Cv2.ImRead(prepared.ImagePath, ImreadModes.Grayscale);
        Assert.Equal(divided.Size(), undivided.Size());
        Assert.InRange(SkewEstimator.Estimate(undivided, 8)!.Value.Degrees, -0.2, 0.2);
        // Its light still falls off (less than the sheet's 90 levels at the edges: the turn's white corners).
        Assert.True(PaperFalloff(undivided) > PaperFalloff(divided) + 20, $"undivided falloff {PaperFalloff(undivided)}, divided {PaperFalloff(divided)}");
        File.Delete(page.Path);
    }

    [Fact]
    public void UndividedPage_DisposedUnwritten_WritesNothing()
    {
        using var output = new TempFile([], ".pgm");
        var prepared = PrepareUnderFallingLight(new PreprocessOptions { Deskew = false }, output.Path);
        var page = prepared.Undivided!;
        page.Dispose();

        Assert.False(page.Written);
        Assert.False(File.Exists(page.Path));
        Assert.Throws<ObjectDisposedException>(() => page.Write());
    }

    [Fact]
    public void Prepare_PageWithUnevenLight_UndividedCopyOnlyWhenAskedFor()
    {
        using var output = new TempFile([], ".pgm");
        var prepared = PrepareUnderFallingLight(new PreprocessOptions { Deskew = false, ReadUndividedToo = false }, output.Path);

        Assert.Contains(prepared.Notes, n => n.StartsWith("uneven light flattened", StringComparison.Ordinal));
        Assert.Null(prepared.Undivided);
        Assert.False(File.Exists(PagePreprocessor.UndividedPath(output.Path)));
    }

    [Fact]
    public void Prepare_EvenlyLitPage_HasNoUndividedCopy()
    {
        using var page = FixturePage();
        using var input = new TempFile(page.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        var prepared = PagePreprocessor.Prepare(input.Path, 300, 0, false, new PreprocessOptions(), output.Path);

        Assert.DoesNotContain(prepared.Notes, n => n.StartsWith("uneven light", StringComparison.Ordinal));
        Assert.Null(prepared.Undivided);
        Assert.False(File.Exists(PagePreprocessor.UndividedPath(output.Path)));
    }

    // The fixture page under falling light (UnderFallingLight), prepared into outputPath.
    private static PreparedPage PrepareUnderFallingLight(PreprocessOptions options, string outputPath)
    {
        using var sheet = UnderFallingLight(FixturePage());
        using var input = new TempFile(sheet.ImEncode(".png"), ".png");
        return PagePreprocessor.Prepare(input.Path, 300, 0, false, options, outputPath);
    }

    // The page with its light falling off from left to right by 90 levels (a phone photo's lamp); the page is disposed.
    private static Mat UnderFallingLight(Mat page)
    {
        using (page)
        using (var light = new Mat(page.Size(), MatType.CV_8UC1))
        {
            var width = page.Width;
            for (var x = 0; x < width; x++)
            {
                using var column = light.ColRange(x, x + 1);
                column.SetTo(Scalar.All(255 - 90.0 * x / width));
            }

            var sheet = new Mat();
            Cv2.Multiply(page, light, sheet, 1.0 / 255);
            return sheet;
        }
    }

    // How much darker the paper is at the page's right edge than at its left: the brightest tenth of each edge strip.
    private static double PaperFalloff(Mat grey)
    {
        var strip = grey.Width / 10;
        return Brightest(grey.ColRange(0, strip)) - Brightest(grey.ColRange(grey.Width - strip, grey.Width));
    }

    private static double Brightest(Mat part)
    {
        using (part)
        using (var copy = part.Clone())
        {
            copy.GetArray(out byte[] pixels);
            Array.Sort(pixels);
            return pixels[(int)(pixels.Length * 0.9)];
        }
    }

    [Fact]
    public void ShowThrough_CleanPagesOfText_StayUnderTheThreshold()
    {
        foreach (var number in new[] { 1, 2 })
        {
            using var page = FixturePage(number);
            using var half = new Mat();
            Cv2.Resize(page, half, new Size(), 0.5, 0.5, InterpolationFlags.Area);
            var ratio = PagePlan.ShowThrough(half);
            Assert.True(ratio < PagePlan.ShowThroughRatio, $"page {number}: {ratio:0.00}");
        }
    }

    [Fact]
    public void ShowThrough_BlankPageWithAFewSpecks_IsNotABackPage()
    {
        using var page = new Mat(1000, 700, MatType.CV_8UC1, Scalar.All(250));
        Cv2.Circle(page, new Point(100, 100), 3, Scalar.All(160), -1);
        Cv2.Circle(page, new Point(300, 500), 3, Scalar.All(160), -1);
        Assert.Equal(0, PagePlan.ShowThrough(page));
    }

    private static Mat Turn(Mat page, double degrees)
    {
        using var matrix = Cv2.GetRotationMatrix2D(new Point2f(page.Width / 2f, page.Height / 2f), degrees, 1.0);
        var turned = new Mat();
        Cv2.WarpAffine(page, turned, matrix, page.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(255));
        return turned;
    }

    private static (Point Text, Point Paper) TextAndPaperNear(Mat page, Rect area)
    {
        using var region = new Mat(page, area);
        region.MinMaxLoc(out double _, out double _, out var dark, out var light);
        return (new Point(area.X + dark.X, area.Y + dark.Y), new Point(area.X + light.X, area.Y + light.Y));
    }

    // The back page's own pixels (showing) became paper in the prepared page, and the page's text (text) stayed dark:
    // the stretch maps 128 to 181, so text darker than the middle stays darker than the middle.
    private static void AssertBackPageWhitenedTextKept(Mat clean, Mat text, Mat showing)
    {
        using var paper = new Mat();
        Cv2.Threshold(clean, paper, 250, 255, ThresholdTypes.Binary);
        using var whitened = new Mat();
        Cv2.BitwiseAnd(showing, paper, whitened);
        Assert.True(Cv2.CountNonZero(whitened) > Cv2.CountNonZero(showing) * 0.9,
            $"{Cv2.CountNonZero(whitened)} of {Cv2.CountNonZero(showing)} back-page pixels became paper");
        using var dark = new Mat();
        Cv2.Threshold(clean, dark, 181, 255, ThresholdTypes.BinaryInv);
        using var kept = new Mat();
        Cv2.BitwiseAnd(text, dark, kept);
        Assert.True(Cv2.CountNonZero(kept) > Cv2.CountNonZero(text) * 0.9, "the page's own text stayed dark");
    }
}
