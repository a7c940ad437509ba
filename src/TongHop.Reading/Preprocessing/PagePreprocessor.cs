using System.Globalization;
using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>A page image ready for tesseract: the file to read, its resolution, and what was done to it.</summary>
internal sealed record PreparedPage(string ImagePath, int? Dpi, IReadOnlyList<string> Notes);

/// <summary>
/// Cleans a page image before OCR with OpenCV (OpenCvSharp4): turns a PDF page's rotation in, removes
/// coloured ink (seals, signatures), scales to a resolution tesseract reads well, flattens uneven light and
/// straightens a slanted page. A page that needs none of that is handed over as it is (the embedded JPEG
/// or CCITT image, never re-encoded); a changed page is written as an uncompressed PGM. Each step is a
/// switch of <see cref="PreprocessOptions"/>. Thread-safe (no shared state).
/// </summary>
internal static class PagePreprocessor
{
    // Pages are cleaned side by side, one per worker (as tesseract runs with OMP_THREAD_LIMIT=1): OpenCV's own
    // thread pool would only make the workers wait for each other.
    static PagePreprocessor() => Cv2.SetNumThreads(1);

    // Chroma (max − min channel) above which a pixel is coloured ink, not black text or grey paper.
    private const int InkChroma = 60;

    // Background brightness spread (5th to 95th percentile, 0–255) from which the light is uneven.
    private const int UnevenLight = 40;

    /// <param name="rotation">The PDF page's /Rotate, clockwise degrees (0, 90, 180, 270).</param>
    /// <param name="bilevel">A black-and-white (CCITT) page: nothing to remove or flatten; passed on as it is unless turned.</param>
    public static PreparedPage Prepare(string imagePath, int? dpi, int rotation, bool bilevel, PreprocessOptions options, string outputPath)
    {
        rotation = ((rotation % 360) + 360) % 360;
        if (rotation == 0 && (bilevel || !options.Any))
        {
            return new PreparedPage(imagePath, dpi, []);
        }

        // The turn is ours to make (EXIF or /Rotate, given by the caller): OpenCV must not apply EXIF itself.
        using var image = Cv2.ImRead(imagePath, ImreadModes.AnyColor | ImreadModes.IgnoreOrientation);
        if (image.Empty())
        {
            return new PreparedPage(imagePath, dpi, ["the page image could not be decoded for preprocessing; OCR'd as it is"]);
        }

        var notes = new List<string>();
        var grey = Grey(image, options, notes, out var changed);
        try
        {
            if (rotation != 0)
            {
                Turn(ref grey, rotation);
                notes.Add($"turned {rotation}° as the file says (PDF page rotation or EXIF orientation)");
                changed = true;
            }

            if (!bilevel)
            {
                var geometry = options.Deskew || options.NormaliseResolution ? SkewEstimator.Estimate(grey, options.MaxSkewDegrees) : null;
                changed |= Resolution(ref grey, ref dpi, geometry?.LineHeight, options, notes);
                changed |= Light(grey, options, notes);
                changed |= Straighten(ref grey, geometry?.Degrees, options, notes);
            }

            if (!changed)
            {
                return new PreparedPage(imagePath, dpi, notes);
            }

            Cv2.ImWrite(outputPath, grey);
            return new PreparedPage(outputPath, dpi, notes);
        }
        finally
        {
            grey.Dispose();
        }
    }

    /// <summary>Turns an image file by a multiple of 90° clockwise into <paramref name="outputPath"/> (PGM); false when it cannot be decoded.</summary>
    public static bool Rotate(string imagePath, int degrees, string outputPath)
    {
        using var image = Cv2.ImRead(imagePath, ImreadModes.Grayscale | ImreadModes.IgnoreOrientation);
        if (image.Empty())
        {
            return false;
        }

        var turned = image.Clone();
        Turn(ref turned, degrees);
        Cv2.ImWrite(outputPath, turned);
        turned.Dispose();
        return true;
    }

    private static void Turn(ref Mat grey, int degrees)
    {
        var code = (((degrees % 360) + 360) % 360) switch
        {
            90 => RotateFlags.Rotate90Clockwise,
            180 => RotateFlags.Rotate180,
            270 => RotateFlags.Rotate90Counterclockwise,
            _ => (RotateFlags?)null,
        };
        if (code is { } flags)
        {
            var turned = new Mat();
            Cv2.Rotate(grey, turned, flags);
            grey.Dispose();
            grey = turned;
        }
    }

    /// <summary>The page in grey; on a colour page, pixels of strongly coloured ink (red, blue) become white.</summary>
    private static Mat Grey(Mat image, PreprocessOptions options, List<string> notes, out bool changed)
    {
        changed = false;
        if (image.Channels() == 1)
        {
            return image.Clone();
        }

        changed = true;
        var grey = new Mat();
        Cv2.CvtColor(image, grey, image.Channels() == 4 ? ColorConversionCodes.BGRA2GRAY : ColorConversionCodes.BGR2GRAY);
        if (!options.RemoveColouredInk)
        {
            return grey;
        }

        Cv2.Split(image, out var channels);
        try
        {
            using var max = new Mat();
            using var min = new Mat();
            Cv2.Max(channels[0], channels[1], max);
            Cv2.Max(max, channels[2], max);
            Cv2.Min(channels[0], channels[1], min);
            Cv2.Min(min, channels[2], min);
            using var chroma = new Mat();
            Cv2.Subtract(max, min, chroma);
            using var ink = new Mat();
            Cv2.Threshold(chroma, ink, InkChroma, 255, ThresholdTypes.Binary);
            // The soft edge of a seal's stroke is less saturated than its middle: widen the mask a little.
            using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(3, 3));
            Cv2.Dilate(ink, ink, kernel);
            // Dark pixels are text, even where they carry a tint (black toner under red ink).
            using var dark = new Mat();
            Cv2.Threshold(max, dark, 90, 255, ThresholdTypes.BinaryInv);
            Cv2.Subtract(ink, dark, ink);
            var share = Cv2.CountNonZero(ink) / (double)(ink.Rows * ink.Cols);
            if (share > 0.0005)
            {
                grey.SetTo(Scalar.All(255), ink);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"coloured ink removed ({share:P1} of the page)"));
            }
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }

        return grey;
    }

    private static bool Resolution(ref Mat grey, ref int? dpi, double? lineHeight, PreprocessOptions options, List<string> notes)
    {
        if (!options.NormaliseResolution || lineHeight is not { } height || (height >= options.MinLineHeight && height <= options.MaxLineHeight))
        {
            return false;
        }

        var scale = options.TargetLineHeight / height;
        var scaled = new Mat();
        Cv2.Resize(grey, scaled, new Size(), scale, scale, scale < 1 ? InterpolationFlags.Area : InterpolationFlags.Cubic);
        grey.Dispose();
        grey = scaled;
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"scaled by {scale:0.00} (text lines {height:0} pixels high)"));
        dpi = dpi is { } known ? (int)Math.Round(known * scale) : null;
        return true;
    }

    /// <summary>Divides the page by its background (a closing of a reduced copy) where the light is uneven, as in phone photos.</summary>
    private static bool Light(Mat grey, PreprocessOptions options, List<string> notes)
    {
        if (!options.AdaptiveBinarisation)
        {
            return false;
        }

        var scale = Math.Min(1.0, 500.0 / grey.Width);
        using var small = new Mat();
        Cv2.Resize(grey, small, new Size(), scale, scale, InterpolationFlags.Area);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(15, 15));
        using var background = new Mat();
        Cv2.MorphologyEx(small, background, MorphTypes.Close, kernel);
        Cv2.GaussianBlur(background, background, new Size(31, 31), 0);
        var (low, high) = Percentiles(background);
        if (high - low < UnevenLight)
        {
            return false;
        }

        using var full = new Mat();
        Cv2.Resize(background, full, grey.Size(), 0, 0, InterpolationFlags.Linear);
        Cv2.Divide(grey, full, grey, 255);
        notes.Add($"uneven light flattened (background {low}–{high})");
        return true;
    }

    private static (int Low, int High) Percentiles(Mat grey)
    {
        using var hist = new Mat();
        Cv2.CalcHist([grey], [0], null, hist, 1, [256], [new Rangef(0, 256)]);
        hist.GetArray(out float[] counts);
        var total = counts.Sum();
        int Percentile(double p)
        {
            double sum = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                sum += counts[i];
                if (sum >= total * p)
                {
                    return i;
                }
            }

            return 255;
        }

        return (Percentile(0.05), Percentile(0.95));
    }

    private static bool Straighten(ref Mat grey, double? skew, PreprocessOptions options, List<string> notes)
    {
        if (!options.Deskew || skew is not { } angle || Math.Abs(angle) < options.MinSkewDegrees)
        {
            return false;
        }

        // Turning by −angle (clockwise for a line rising to the right) lays the lines flat.
        using var matrix = Cv2.GetRotationMatrix2D(new Point2f(grey.Width / 2f, grey.Height / 2f), -angle, 1.0);
        var straight = new Mat();
        Cv2.WarpAffine(grey, straight, matrix, grey.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(255));
        grey.Dispose();
        grey = straight;
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"straightened by {angle:0.00}°"));
        return true;
    }
}
