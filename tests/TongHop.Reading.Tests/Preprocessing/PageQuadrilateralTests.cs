using OpenCvSharp;
using TongHop.Reading.Ocr;
using TongHop.Reading.Preprocessing;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;

namespace TongHop.Reading.Tests.Preprocessing;

/// <summary>A photographed sheet (the scan fixture's first page laid on a desk and seen at an angle), found and flattened.</summary>
public sealed class PageQuadrilateralTests
{
    // Where the sheet's corners land in the photo (TL, TR, BR, BL): the near edge wider, the sheet turned a little.
    private static readonly Point2f[] SheetCorners = [new(300, 330), new(2190, 210), new(2420, 3330), new(70, 3420)];

    private static Mat FixturePage(int number)
    {
        using var scan = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        return Cv2.ImDecode(scan.GetPage(number).GetImages().Single().RawMemory.ToArray(), ImreadModes.Grayscale);
    }

    /// <summary>The page warped onto a noisy darker desk of the same size, under light that fades across the photo.</summary>
    private static Mat OnDesk(Mat page, Point2f[] corners)
    {
        var desk = new Mat(page.Size(), MatType.CV_8UC1);
        Cv2.Randu(desk, Scalar.All(70), Scalar.All(140));
        Cv2.GaussianBlur(desk, desk, new Size(9, 9), 0);
        Point2f[] pageCorners = [new(0, 0), new(page.Width - 1, 0), new(page.Width - 1, page.Height - 1), new(0, page.Height - 1)];
        using var matrix = Cv2.GetPerspectiveTransform(pageCorners, corners);
        using var sheet = new Mat();
        Cv2.WarpPerspective(page, sheet, matrix, page.Size(), InterpolationFlags.Cubic);
        using var mask = new Mat(page.Size(), MatType.CV_8UC1, Scalar.All(0));
        Cv2.FillConvexPoly(mask, corners.Select(p => new Point((int)p.X, (int)p.Y)).ToArray(), Scalar.All(255));
        sheet.CopyTo(desk, mask);
        using var light = Gradient(page.Size(), 255, 205);
        Cv2.Multiply(desk, light, desk, 1.0 / 255);
        return desk;
    }

    /// <summary>Brightness falling from <paramref name="top"/> to <paramref name="bottom"/> down the image.</summary>
    private static Mat Gradient(Size size, byte top, byte bottom)
    {
        using var column = new Mat(2, 1, MatType.CV_8UC1);
        column.Set(0, 0, top);
        column.Set(1, 0, bottom);
        var gradient = new Mat();
        Cv2.Resize(column, gradient, size, 0, 0, InterpolationFlags.Linear);
        return gradient;
    }

    [Fact]
    public void Find_SheetOnADesk_FindsItsCorners()
    {
        using var page = FixturePage(1);
        using var photo = OnDesk(page, SheetCorners);
        var found = PageQuadrilateral.Find(photo);
        Assert.NotNull(found);
        for (var i = 0; i < 4; i++)
        {
            Assert.InRange(found[i].X, SheetCorners[i].X - 25, SheetCorners[i].X + 25);
            Assert.InRange(found[i].Y, SheetCorners[i].Y - 25, SheetCorners[i].Y + 25);
        }
    }

    [Fact]
    public void Find_ScanWithoutBackground_FindsNothing()
    {
        using var page = FixturePage(1);
        Assert.Null(PageQuadrilateral.Find(page));
    }

    [Fact]
    public void Find_PageUnderALightGradient_FindsNothing()
    {
        // A sheet that fills the photo, much darker at the bottom than at the top: no edge to find, only light.
        using var page = FixturePage(1);
        using var light = Gradient(page.Size(), 255, 128);
        using var shaded = new Mat();
        Cv2.Multiply(page, light, shaded, 1.0 / 255);

        Assert.Null(PageQuadrilateral.Find(shaded));
    }

    [Fact]
    public void Find_TurnedPhotoWithGreyCorners_FindsNothing()
    {
        // The sheet's own corners are outside the frame; only the turn's grey corners show: nothing to flatten.
        using var page = FixturePage(1);
        using var matrix = Cv2.GetRotationMatrix2D(new Point2f(page.Width / 2f, page.Height / 2f), 3, 1.0);
        using var turned = new Mat();
        Cv2.WarpAffine(page, turned, matrix, page.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(110));
        Assert.Null(PageQuadrilateral.Find(turned));
    }

    [Fact]
    public void Read_PhotographedSheet_ReadsBetterFlattened()
    {
        using var page = FixturePage(1);
        using var photo = OnDesk(page, SheetCorners);
        using var scanned = new TempFile(page.ImEncode(".png"), ".png");
        using var photographed = new TempFile(photo.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 85)), ".jpg");
        // What the page says, as the scan of the same page reads (checked against the report's text).
        var reference = Read(scanned.Path, new PreprocessOptions()).Text;
        Assert.InRange(TextSimilarity.Recall(reference, FormatFixtures.CleanText), 0.9, 1.0);

        var flattened = Read(photographed.Path, new PreprocessOptions());
        var asItIs = Read(photographed.Path, new PreprocessOptions { CorrectPerspective = false });

        Assert.Contains(flattened.Notes, n => n.Contains("photographed sheet flattened", StringComparison.Ordinal));
        var after = TextSimilarity.Recall(reference, flattened.Text);
        var before = TextSimilarity.Recall(reference, asItIs.Text);
        // The margin was 5 points while the unflattened photo was shrunk by its mismeasured line height; since
        // a page is not shrunk below 2,000 pixels wide that reading recalls 0.94, and flattening still adds 3 points.
        Assert.True(after > before + 0.02, $"flattened {after:0.000}, as it is {before:0.000}");
        Assert.InRange(after, 0.9, 1.0);
    }

    private static (string Text, IReadOnlyList<string> Notes) Read(string path, PreprocessOptions preprocess)
    {
        var reader = DocumentReader.CreateDefault(new ReadingOptions { Ocr = OcrOptions.FromEnvironment() with { Preprocess = preprocess } });
        var result = reader.Read(path);
        Assert.True(result.Succeeded, result.Error);
        return (result.Source!.Text, result.Notes);
    }
}
