using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// Estimates how far a page's text lines lean, by projection profiles: the ink pixels of a reduced,
/// Otsu-binarised copy are projected onto the vertical axis at each candidate angle, and the angle whose
/// profile is sharpest (largest sum of squared row counts: text lines fall into few rows) wins. A coarse
/// pass (0.5° steps) then a fine one (0.05°) around its best. Works on points, not by rotating the image,
/// so it costs a few milliseconds. The sharpest profile also gives the height of a line of text (the median
/// run of rows with ink), which tells the page's real resolution better than the size a PDF declares.
/// </summary>
internal static class SkewEstimator
{
    private const int WorkWidth = 1000;
    private const int MaxPoints = 80_000;
    private const int MinPoints = 2_000;

    /// <summary>
    /// The angle in degrees (positive: the lines rise to the right) that the page leans by, and the median
    /// height in pixels of its text lines; <c>null</c> when it has too little ink to tell.
    /// </summary>
    public static (double Degrees, double? LineHeight)? Estimate(Mat grey, double maxDegrees)
    {
        var scale = Math.Min(1.0, WorkWidth / (double)grey.Width);
        using var small = new Mat();
        Cv2.Resize(grey, small, new Size(), scale, scale, InterpolationFlags.Area);
        using var ink = new Mat();
        Cv2.Threshold(small, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        ClearBorderInk(ink);
        var points = InkPoints(ink);
        if (points.Length < MinPoints)
        {
            return null;
        }

        var height = small.Height + small.Width; // room for the rotated coordinates
        var coarse = Best(points, height, -maxDegrees, maxDegrees, 0.5, out _);
        var fine = Best(points, height, coarse - 0.5, coarse + 0.5, 0.05, out var profile);
        return (fine, LineHeight(profile) / scale);
    }

    /// <summary>
    /// The median length of the runs of rows holding ink (more than a tenth of the mean of the non-empty rows),
    /// among the runs that hold a text line's ink: at least a tenth of what the fullest run holds. Specks of
    /// toner on a photocopy make many short runs of a few pixels each; on a page with few text lines they
    /// outnumbered the lines and the page measured its lines 6 pixels high (and was scaled by 8).
    /// </summary>
    private static double? LineHeight(int[] profile)
    {
        var filled = profile.Where(c => c > 0).ToList();
        if (filled.Count == 0)
        {
            return null;
        }

        var threshold = filled.Average() / 10;
        var runs = new List<(int Length, long Mass)>();
        var (run, mass) = (0, 0L);
        foreach (var count in profile)
        {
            if (count > threshold)
            {
                run++;
                mass += count;
            }
            else if (run > 0)
            {
                runs.Add((run, mass));
                (run, mass) = (0, 0);
            }
        }

        runs = runs.Where(r => r.Length >= 3).ToList();
        if (runs.Count < 5)
        {
            return null;
        }

        var full = runs.Max(r => r.Mass);
        var lines = runs.Where(r => r.Mass * 10 >= full).Select(r => r.Length).Order().ToList();
        return lines.Count < 3 ? null : lines[lines.Count / 2];
    }

    /// <summary>
    /// Ink touching the image's border is no text (a scanner lid's dark band, a photo's desk, a punched hole at
    /// the edge): it would fill every row of the profile, run the lines together and make them look several
    /// times higher than they are. Flooded away from every border pixel.
    /// </summary>
    internal static void ClearBorderInk(Mat ink)
    {
        var (w, h) = (ink.Width, ink.Height);
        void Clear(int x, int y)
        {
            if (ink.At<byte>(y, x) != 0)
            {
                Cv2.FloodFill(ink, new Point(x, y), Scalar.All(0));
            }
        }

        for (var x = 0; x < w; x++)
        {
            Clear(x, 0);
            Clear(x, h - 1);
        }

        for (var y = 0; y < h; y++)
        {
            Clear(0, y);
            Clear(w - 1, y);
        }
    }

    private static Point[] InkPoints(Mat ink)
    {
        using var found = new Mat();
        Cv2.FindNonZero(ink, found);
        if (found.Empty())
        {
            return [];
        }

        found.GetArray(out Point[] all);
        if (all.Length <= MaxPoints)
        {
            return all;
        }

        var step = all.Length / (double)MaxPoints;
        return Enumerable.Range(0, MaxPoints).Select(i => all[(int)(i * step)]).ToArray();
    }

    private static double Best(Point[] points, int height, double from, double to, double step, out int[] profile)
    {
        profile = [];
        var bins = new int[height * 2];
        var best = 0.0;
        var bestScore = double.MinValue;
        for (var degrees = from; degrees <= to + 1e-9; degrees += step)
        {
            Array.Clear(bins);
            var radians = degrees * Math.PI / 180;
            var (sin, cos) = Math.SinCos(radians);
            foreach (var p in points)
            {
                // The row a point falls in once the page is turned back by this angle.
                var y = (int)(p.Y * cos + p.X * sin) + height;
                if ((uint)y < (uint)bins.Length)
                {
                    bins[y]++;
                }
            }

            double score = 0;
            foreach (var count in bins)
            {
                score += (double)count * count;
            }

            if (score > bestScore)
            {
                (bestScore, best) = (score, degrees);
                profile = (int[])bins.Clone();
            }
        }

        return best;
    }
}
