using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// Long straight lines that are not text: a table's ruling lines, the toner streak a dirty photocopier drum
/// draws down a page, the dark frame around a pasted form. Tesseract reads them as <c>|</c>, <c>l</c>, <c>_</c>
/// or dashes, and a streak down the middle of a page makes it split every line into two columns. Found on a
/// copy at half size: the page's ink (Otsu), smeared across by a few pixels (a line leaning a degree or
/// two stays one run), then opened with a long thin kernel: horizontal runs longer than
/// <see cref="MinHorizontalShare"/> of the page width, vertical runs longer than
/// <see cref="VerticalLines"/> text lines. No letter, word or text stroke is that long; a line is as tall as
/// a text line only where a capital's stem meets an accent, so vertical runs must span several lines.
/// What is found becomes paper on the full page where the ink across the line is as thin as a line: a letter
/// or an accent touching or crossing it keeps its ink (whitening everything under the line lost those accents).
/// </summary>
internal static class RulingLines
{
    // A horizontal rule spans at least this share of the page's width (a table's column is rarely narrower;
    // the short rule under a header's agency name is left alone).
    internal const double MinHorizontalShare = 0.18;

    // A vertical rule spans at least this many text lines.
    internal const double VerticalLines = 3.0;

    // Line ink below this share of the looked-at page is noise (a speck row), not a line.
    private const double MinShare = 0.0004;

    /// <summary>
    /// The masks (255 on line pixels) of the horizontal and of the vertical ruling lines of a grey page
    /// <paramref name="grey"/>, and their share of the page; <paramref name="lineHeight"/> is the text-line
    /// height in its pixels (when known).
    /// </summary>
    public static (Mat Horizontal, Mat Vertical, double Share) Find(Mat grey, double? lineHeight)
    {
        using var ink = new Mat();
        Cv2.Threshold(grey, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        var line = lineHeight is { } h && h > 4 ? h : grey.Width / 60.0;

        // A line is thin: what is as thick as half a text line (a dark band along the binding, a filled box) is not one.
        var thick = Math.Max(10, (int)(line * 0.5));
        var horizontal = Runs(ink, new Size(1, 5), new Size(Math.Max(20, (int)(grey.Width * MinHorizontalShare)), 1), new Size(1, thick));
        var vertical = Runs(ink, new Size(5, 1), new Size(1, Math.Max(20, (int)(line * VerticalLines))), new Size(thick, 1));
        var share = (Cv2.CountNonZero(horizontal) + Cv2.CountNonZero(vertical)) / (double)(grey.Width * grey.Height);
        return (horizontal, vertical, share);
    }

    /// <summary>Whether the page (the plan's copy) holds ruling lines worth taking out.</summary>
    public static bool Present(Mat grey, double? lineHeight)
    {
        var (horizontal, vertical, share) = Find(grey, lineHeight);
        horizontal.Dispose();
        vertical.Dispose();
        return share >= MinShare;
    }

    /// <summary>
    /// Takes the ruling lines out of a full-size grey page: found on a copy at half size, made paper here, but
    /// only where the ink across the line is as thin as a line (<see cref="StrokeShare"/> of a text line): where
    /// a letter or an accent touches or crosses the line, its ink across is longer, and that ink stays.
    /// Returns the share of the page removed (0 when there were none).
    /// </summary>
    public static double Remove(Mat grey, double? lineHeight)
    {
        using var half = new Mat();
        Cv2.Resize(grey, half, new Size(grey.Width / 2, grey.Height / 2), 0, 0, InterpolationFlags.Area);
        var (horizontal, vertical, share) = Find(half, lineHeight / 2);
        using (horizontal)
        using (vertical)
        {
            if (share < MinShare)
            {
                return 0;
            }

            using var ink = new Mat();
            Cv2.Threshold(grey, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
            var line = lineHeight is { } h && h > 4 ? h : grey.Width / 60.0;
            var stroke = Math.Max(4, (int)(line * StrokeShare));
            using var lines = new Mat(grey.Size(), MatType.CV_8UC1, Scalar.All(0));
            LinePixels(horizontal, ink, new Size(1, stroke + 1), lines);
            LinePixels(vertical, ink, new Size(stroke + 1, 1), lines);
            grey.SetTo(Scalar.All(255), lines);
            return Cv2.CountNonZero(lines) / (double)(grey.Width * grey.Height);
        }
    }

    // The thickest a ruling line is across, as a share of the text-line height (a 2–4 pixel rule at 300 dpi,
    // thickened by a photocopier); an accent on a letter touching the line makes the ink across longer.
    private const double StrokeShare = 0.2;

    /// <summary>Adds to <paramref name="lines"/> the page's ink under the half-size <paramref name="found"/> whose run across the line is shorter than <paramref name="across"/>.</summary>
    private static void LinePixels(Mat found, Mat ink, Size across, Mat lines)
    {
        using var full = new Mat();
        Cv2.Resize(found, full, ink.Size(), 0, 0, InterpolationFlags.Nearest);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)))
        {
            Cv2.Dilate(full, full, kernel);
        }

        Cv2.BitwiseAnd(full, ink, full);
        using var strokes = new Mat();
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, across))
        {
            Cv2.MorphologyEx(ink, strokes, MorphTypes.Open, kernel);
        }

        Cv2.Subtract(full, strokes, full);
        Cv2.BitwiseOr(lines, full, lines);
    }

    /// <summary>
    /// The ink's runs as long as <paramref name="along"/>, after a smear of <paramref name="across"/> that keeps a
    /// slightly leaning line in one run, less what is as thick as <paramref name="thick"/>; only the ink under them
    /// is returned.
    /// </summary>
    private static Mat Runs(Mat ink, Size across, Size along, Size thick)
    {
        var runs = new Mat();
        using (var smear = Cv2.GetStructuringElement(MorphShapes.Rect, across))
        {
            Cv2.Dilate(ink, runs, smear);
        }

        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, along))
        {
            Cv2.MorphologyEx(runs, runs, MorphTypes.Open, kernel);
        }

        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, thick))
        using (var bands = new Mat())
        {
            Cv2.MorphologyEx(runs, bands, MorphTypes.Open, kernel);
            using var grow = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(thick.Width + 4, thick.Height + 4));
            Cv2.Dilate(bands, bands, grow);
            Cv2.Subtract(runs, bands, runs);
        }

        // The smear widened the lines; keep only the page's own ink under them (and a pixel round it).
        using (var near = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)))
        {
            Cv2.Dilate(runs, runs, near);
        }

        Cv2.BitwiseAnd(runs, ink, runs);
        return runs;
    }
}
