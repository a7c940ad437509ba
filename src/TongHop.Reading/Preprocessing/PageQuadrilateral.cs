using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// Finds the sheet of paper in a photographed page: the four corners of the bright page lying on a darker
/// background (a desk, a hand-held photo's surroundings), as a document-scanner app does. The text is
/// closed away (a grey closing turns dark strokes into paper), the paper separated from the background by
/// Otsu's threshold, and the largest region's convex outline reduced to four corners. Found only when the
/// page's four edges are real edges (the background just outside each side is clearly darker than the
/// paper just inside): a light gradient across a page that fills the photo, a scan with a grey margin or
/// a page cut by the frame gives no quadrilateral, and the page is left as it is. Works on a reduced
/// copy (about 500 pixels wide), so it costs a few milliseconds.
/// </summary>
internal static class PageQuadrilateral
{
    private const int WorkWidth = 500;

    // The paper must cover at least this share of the photo, and leave at least the last share to the background.
    private const double MinPageShare = 0.25;
    private const double MaxPageShare = 0.97;

    // Brightness step, in grey levels, from the background to the paper across each edge.
    private const double MinEdgeContrast = 25;

    /// <summary>
    /// The page's corners in <paramref name="grey"/>'s pixels, clockwise from the top left; <c>null</c>
    /// when no sheet with four clear edges is seen.
    /// </summary>
    public static Point2f[]? Find(Mat grey)
    {
        var scale = Math.Min(1.0, WorkWidth / (double)grey.Width);
        using var small = new Mat();
        Cv2.Resize(grey, small, new Size(), scale, scale, InterpolationFlags.Area);
        using var paper = new Mat();
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(9, 9)))
        {
            Cv2.MorphologyEx(small, paper, MorphTypes.Close, kernel);
        }

        Cv2.GaussianBlur(paper, paper, new Size(5, 5), 0);
        using var bright = new Mat();
        Cv2.Threshold(paper, bright, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        Cv2.FindContours(bright, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        if (contours.Length == 0)
        {
            return null;
        }

        var largest = contours.MaxBy(c => Cv2.ContourArea(c))!;
        var area = small.Width * (double)small.Height;
        var share = Cv2.ContourArea(largest) / area;
        if (share is < MinPageShare or > MaxPageShare)
        {
            return null;
        }

        var corners = FourCorners(Cv2.ConvexHull(largest));
        if (corners is null || !Plausible(corners) || !EdgesAreReal(paper, corners))
        {
            return null;
        }

        return corners.Select(p => new Point2f((float)(p.X / scale), (float)(p.Y / scale))).ToArray();
    }

    /// <summary>The convex outline reduced to four corners (the coarsest polygon approximation that has four), ordered TL, TR, BR, BL.</summary>
    private static Point[]? FourCorners(Point[] hull)
    {
        var perimeter = Cv2.ArcLength(hull, true);
        foreach (var tolerance in (double[])[0.01, 0.02, 0.03, 0.05])
        {
            var polygon = Cv2.ApproxPolyDP(hull, tolerance * perimeter, true);
            if (polygon.Length == 4)
            {
                return Ordered(polygon);
            }

            if (polygon.Length < 4)
            {
                return null;
            }
        }

        return null;
    }

    private static Point[] Ordered(Point[] points)
    {
        var topLeft = points.MinBy(p => p.X + p.Y);
        var bottomRight = points.MaxBy(p => p.X + p.Y);
        var topRight = points.MaxBy(p => p.X - p.Y);
        var bottomLeft = points.MinBy(p => p.X - p.Y);
        return [topLeft, topRight, bottomRight, bottomLeft];
    }

    /// <summary>Four distinct corners, each angle between 45° and 135°: a sheet seen at an angle, not a sliver.</summary>
    private static bool Plausible(Point[] corners)
    {
        if (corners.Distinct().Count() != 4)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            var previous = corners[(i + 3) % 4];
            var corner = corners[i];
            var next = corners[(i + 1) % 4];
            var (ax, ay) = (previous.X - corner.X, previous.Y - corner.Y);
            var (bx, by) = (next.X - corner.X, next.Y - corner.Y);
            var cos = (ax * bx + ay * by) / (Math.Sqrt(ax * ax + ay * ay) * Math.Sqrt(bx * bx + by * by));
            if (Math.Abs(cos) > Math.Cos(Math.PI / 4))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Each side separates paper from a darker background: along its middle 80 %, the closed image a few
    /// pixels inside is brighter than a few pixels outside by <see cref="MinEdgeContrast"/> (median), and
    /// the outside lies in the photo (a side on the frame's border is no edge of the sheet).
    /// </summary>
    private static bool EdgesAreReal(Mat paper, Point[] corners)
    {
        const int Samples = 24;
        const double Offset = 6;
        var centre = new Point2d(corners.Average(p => p.X), corners.Average(p => p.Y));
        for (var i = 0; i < 4; i++)
        {
            var a = corners[i];
            var b = corners[(i + 1) % 4];
            var (dx, dy) = ((double)(b.X - a.X), (double)(b.Y - a.Y));
            var length = Math.Sqrt(dx * dx + dy * dy);
            var (nx, ny) = (-dy / length, dx / length);
            var mid = new Point2d((a.X + b.X) / 2.0, (a.Y + b.Y) / 2.0);
            if ((centre.X - mid.X) * nx + (centre.Y - mid.Y) * ny < 0)
            {
                (nx, ny) = (-nx, -ny); // the normal points into the page
            }

            var steps = new List<double>();
            var outsideFrame = 0;
            for (var k = 0; k < Samples; k++)
            {
                var t = 0.1 + (0.8 * k / (Samples - 1));
                var (x, y) = (a.X + (t * dx), a.Y + (t * dy));
                var inside = Sample(paper, x + (nx * Offset), y + (ny * Offset));
                var outside = Sample(paper, x - (nx * Offset), y - (ny * Offset));
                if (inside is null || outside is null)
                {
                    outsideFrame++;
                    continue;
                }

                steps.Add(inside.Value - outside.Value);
            }

            if (outsideFrame > Samples / 5 || steps.Count == 0)
            {
                return false;
            }

            steps.Sort();
            if (steps[steps.Count / 2] < MinEdgeContrast)
            {
                return false;
            }
        }

        return true;
    }

    private static double? Sample(Mat image, double x, double y)
    {
        var (col, row) = ((int)Math.Round(x), (int)Math.Round(y));
        return col < 0 || row < 0 || col >= image.Width || row >= image.Height ? null : image.At<byte>(row, col);
    }

    /// <summary>The sheet inside <paramref name="corners"/> warped to a flat rectangle (see <see cref="FlatSize"/>).</summary>
    public static Mat Flatten(Mat grey, Point2f[] corners, InterpolationFlags interpolation)
    {
        var size = FlatSize(corners);
        Point2f[] target = [new(0, 0), new(size.Width - 1, 0), new(size.Width - 1, size.Height - 1), new(0, size.Height - 1)];
        using var matrix = Cv2.GetPerspectiveTransform(corners, target);
        var flat = new Mat();
        Cv2.WarpPerspective(grey, flat, matrix, size, interpolation, BorderTypes.Replicate);
        return flat;
    }

    /// <summary>The size of the flattened page: its longer top/bottom side by its longer left/right side.</summary>
    public static Size FlatSize(Point2f[] corners)
    {
        static double Length(Point2f a, Point2f b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
        var width = Math.Max(Length(corners[0], corners[1]), Length(corners[3], corners[2]));
        var height = Math.Max(Length(corners[0], corners[3]), Length(corners[1], corners[2]));
        return new Size((int)Math.Round(width), (int)Math.Round(height));
    }
}
