using System.Globalization;
using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// A red seal on a page scanned in grey: its ring, letters and star come out a mid grey (red ink is about a
/// third as bright as paper), lighter than the black text it covers, and tesseract's global threshold makes
/// them black, so the signer's title and name under it read as strokes and garbage. Found on the plan's
/// half-size copy: pixels in the page's mid-grey band (between its text and its paper) that stay after an
/// erosion (a text stroke's anti-aliased edge is one or two pixels wide and does not; a seal's stroke does),
/// gathered into a few seal-sized regions. There, at full size, the mid-grey strokes (opened, then widened
/// over their soft edges) become paper; pixels as dark as text stay, so the text under the seal is kept.
/// A page of faded text (its text itself in the band) gives many regions or none: nothing is changed.
/// </summary>
internal static class GreySeal
{
    // Where the band lies between the page's text level and its paper level.
    private const double BandLow = 0.22;
    private const double BandHigh = 0.65;

    // A seal's region, as a share of the page width (a 3.5–4.5 cm seal on a 21 cm page is about 0.2).
    private const double MinSide = 0.07;
    private const double MaxSide = 0.40;

    // Share of a region's box covered by mid-grey stroke cores (a ring alone covers ~6 %).
    private const double MinCoreShare = 0.02;

    // More candidate regions than this: grey text or a picture, not seals.
    private const int MaxRegions = 4;

    /// <summary>The seal-like regions of a grey page (the plan's copy) and the grey band of their ink; none when there is no seal.</summary>
    public static (Rect[] Regions, int Low, int High) Regions(Mat grey)
    {
        var (low, high) = Band(grey);
        if (high - low < 40)
        {
            return ([], low, high);
        }

        using var cores = new Mat();
        Cv2.InRange(grey, Scalar.All(low), Scalar.All(high), cores);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)))
        {
            Cv2.Erode(cores, cores, kernel);
        }

        using var joined = new Mat();
        var reach = Math.Max(5, grey.Width / 80);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(reach, reach)))
        {
            Cv2.Dilate(cores, joined, kernel);
        }

        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(joined, labels, stats, centroids);
        var regions = new List<Rect>();
        var frame = new Rect(0, 0, grey.Width, grey.Height);
        var candidates = 0;
        for (var i = 1; i < count; i++)
        {
            var box = HalfSize.ComponentBox(stats, i);
            if (box.Width < MinSide * grey.Width || box.Height < MinSide * grey.Width)
            {
                continue;
            }

            candidates++;
            if (box.Width > MaxSide * grey.Width || box.Height > MaxSide * grey.Width)
            {
                return ([], low, high);
            }

            using var inside = new Mat(cores, box);
            if (Cv2.CountNonZero(inside) >= MinCoreShare * box.Width * box.Height)
            {
                regions.Add(new Rect(box.X - 4, box.Y - 4, box.Width + 8, box.Height + 8) & frame);
            }
        }

        return candidates > MaxRegions ? ([], low, high) : ([.. regions], low, high);
    }

    /// <summary>
    /// Makes the mid-grey strokes inside <paramref name="regions"/> (the plan's, at its size; <paramref name="scale"/>
    /// brings them to this image) paper, keeping every pixel darker than the band.
    /// </summary>
    public static void Remove(Mat grey, IReadOnlyList<Rect> regions, int low, int high, double scale, List<string> notes)
    {
        var frame = new Rect(0, 0, grey.Width, grey.Height);
        long removed = 0;
        using var open = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3));
        using var widen = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(5, 5));
        foreach (var region in regions)
        {
            var full = HalfSize.ToFullSize(region, scale, frame);
            if (full.Width == 0 || full.Height == 0)
            {
                continue;
            }

            using var part = new Mat(grey, full);
            using var stroke = new Mat();
            Cv2.InRange(part, Scalar.All(low), Scalar.All(high), stroke);
            Cv2.MorphologyEx(stroke, stroke, MorphTypes.Open, open);
            Cv2.Dilate(stroke, stroke, widen);
            using (var dark = new Mat())
            {
                Cv2.Threshold(part, dark, low - 1, 255, ThresholdTypes.BinaryInv);
                Cv2.Subtract(stroke, dark, stroke);
            }

            removed += Cv2.CountNonZero(stroke);
            part.SetTo(Scalar.All(255), stroke);
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"grey seal removed ({regions.Count} region(s), {removed / (double)(grey.Rows * grey.Cols):P1} of the page)"));
    }

    /// <summary>
    /// The mid-grey band: Otsu splits ink from paper; the text level is the ink's 25th percentile (its stroke
    /// cores, not the anti-aliased edges), the paper level the median of the rest.
    /// </summary>
    internal static (int Low, int High) Band(Mat grey)
    {
        using var binary = new Mat();
        var split = (int)Cv2.Threshold(grey, binary, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        using var hist = new Mat();
        Cv2.CalcHist([grey], [0], null, hist, 1, [256], [new Rangef(0, 256)]);
        hist.GetArray(out float[] counts);
        var text = Quantile(counts, 0, split, 0.25);
        var paper = Quantile(counts, split, 256, 0.5);
        return ((int)(text + BandLow * (paper - text)), (int)(text + BandHigh * (paper - text)));
    }

    private static int Quantile(float[] counts, int from, int to, double q)
    {
        double total = 0;
        for (var i = from; i < to; i++)
        {
            total += counts[i];
        }

        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += counts[i];
            if (sum >= total * q)
            {
                return i;
            }
        }

        return to - 1;
    }
}
