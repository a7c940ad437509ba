using System.Globalization;
using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>A page image ready for tesseract: the file to read, its resolution, and what was done to it.</summary>
/// <param name="Unwhitened">Where the page's back page showing through was whitened (<see cref="PagePlan.BackPage"/>), the
/// same page prepared without that step, for the reader to keep the better reading; else <c>null</c>.</param>
/// <param name="Undivided">Where the page's uneven light was flattened (<see cref="PagePlan.UnevenLight"/>) and
/// <see cref="PreprocessOptions.ReadUndividedToo"/> is on, the same page without the division by its background and the
/// whitening, finished and written only if the reader asks for it (<see cref="UndividedReading"/>), for the reader to keep
/// the better reading and to dispose; else <c>null</c>.</param>
internal sealed record PreparedPage(string ImagePath, int? Dpi, IReadOnlyList<string> Notes, string? Unwhitened = null, UndividedPage? Undivided = null);

/// <summary>
/// Cleans a page image before OCR with OpenCV (OpenCvSharp4): turns a PDF page's rotation in, removes
/// coloured ink (seals, signatures), flattens a photographed sheet seen at an angle, scales to a resolution
/// tesseract reads well, flattens uneven light and straightens a slanted page. Each step is a switch of
/// <see cref="PreprocessOptions"/>.
/// <para>
/// Two passes, so that a page pays only for what it needs: every decision is taken on a copy decoded at half
/// size (a JPEG decodes at half size for a fraction of the cost, by its DCT scaling), the
/// <see cref="PagePlan"/>; the full image is decoded only when the page must change, in grey unless seal or
/// signature ink must be taken out, and that ink is looked at only in the regions where the plan found it.
/// A grey page that needs nothing (the usual scan) is handed over as it is (the embedded JPEG or CCITT image,
/// never re-encoded); a changed page is written as an uncompressed PGM. Thread-safe (no shared state).
/// </para>
/// </summary>
internal static class PagePreprocessor
{
    // Pages are cleaned side by side, one per worker (as tesseract runs with OMP_THREAD_LIMIT=1): OpenCV's own
    // thread pool would only make the workers wait for each other.
    static PagePreprocessor() => Cv2.SetNumThreads(1);

    // Chroma (max − min channel) above which a pixel is coloured ink, not black text or grey paper.
    internal const int InkChroma = 60;

    // The brightest channel below which a pixel is text, even where it carries a tint (black toner under red ink).
    private const int DarkText = 90;

    private const double MaxUpscale = 3;

    // A page is never scaled down to less than this width (an A4 page at about 240 dpi): text lines measured so high
    // that a 200 dpi page would shrink to 40 dpi are a misreading of the profile (a block framed by table rules, a
    // photo's shadow), not type that large.
    private const int MinScaledWidth = 2000;

    /// <param name="rotation">The PDF page's /Rotate, clockwise degrees (0, 90, 180, 270).</param>
    /// <param name="bilevel">A black-and-white (CCITT) page: nothing to remove or flatten; passed on as it is unless turned.</param>
    public static PreparedPage Prepare(string imagePath, int? dpi, int rotation, bool bilevel, PreprocessOptions options, string outputPath)
    {
        rotation = ((rotation % 360) + 360) % 360;
        if (rotation == 0 && (bilevel || !options.Any))
        {
            return new PreparedPage(imagePath, dpi, []);
        }

        if (bilevel)
        {
            return Rotate(imagePath, rotation, outputPath)
                ? new PreparedPage(outputPath, dpi, [TurnedNote(rotation)])
                : Undecodable(imagePath, dpi);
        }

        var plan = PagePlan.Make(imagePath, rotation, options);
        if (plan is null)
        {
            return Undecodable(imagePath, dpi);
        }

        if (!plan.ChangesPage(options))
        {
            return new PreparedPage(imagePath, dpi, []);
        }

        // The turn is ours to make (EXIF or /Rotate, given by the caller): OpenCV must not apply EXIF itself.
        var mode = plan.Ink.Count > 0 ? ImreadModes.Color : ImreadModes.Grayscale;
        using var image = Cv2.ImRead(imagePath, mode | ImreadModes.IgnoreOrientation);
        if (image.Empty())
        {
            return Undecodable(imagePath, dpi);
        }

        var notes = new List<string>();
        var scale = image.Width / (double)plan.LookedAtWidth;
        var grey = plan.Ink.Count > 0 ? WithoutInk(image, plan.Ink, scale, notes) : image.Clone();
        if (plan.GreySeals.Count > 0)
        {
            GreySeal.Remove(grey, plan.GreySeals, plan.GreySealBand.Low, plan.GreySealBand.High, scale, notes);
        }

        Mat? unwhitened = null;
        try
        {
            if (rotation != 0)
            {
                Turn(ref grey, rotation);
                notes.Add(TurnedNote(rotation));
            }

            Flatten(ref grey, plan.Page, scale, notes);
            var lineHeight = plan.LineHeight * scale * Resolution(ref grey, ref dpi, plan.LineHeight * scale, options, notes);
            // `unwhitened` keeps the page as it was before the light's step: for the back page's comparison, or, under
            // uneven light, for the undivided reading (UndividedReading).
            var undivided = false;
            if (plan.UnevenLight is { } light)
            {
                if (options.ReadUndividedToo)
                {
                    unwhitened = grey.Clone();
                    undivided = true;
                }

                DivideByBackground(grey);
                WhitenFaintMarks(grey);
                notes.Add($"uneven light flattened (background {light.Low}–{light.High})");
            }
            else if (plan.BackPage is { } ratio)
            {
                // A photocopy's own text can be as faint as a back page: the page is also prepared without this step,
                // and the reader keeps the reading tesseract is surer of (PageOcr).
                unwhitened = grey.Clone();
                DivideByBackground(grey);
                WhitenFaintMarks(grey);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"faint marks whitened (back page showing through: {ratio:0.0} times as many faint pixels as dark)"));
            }

            Finish(ref grey, plan, lineHeight, options, notes);
            Cv2.ImWrite(outputPath, grey);
            if (unwhitened is not null && undivided)
            {
                // Finished and written only where the divided page's reading can lose (UndividedPage.Write).
                var page = new UndividedPage(unwhitened, plan, lineHeight, options, UndividedPath(outputPath));
                unwhitened = null;
                return new PreparedPage(outputPath, dpi, notes, Undivided: page);
            }

            if (unwhitened is not null)
            {
                Finish(ref unwhitened, plan, lineHeight, options, []);
                var path = UnwhitenedPath(outputPath);
                Cv2.ImWrite(path, unwhitened);
                return new PreparedPage(outputPath, dpi, notes, path);
            }

            return new PreparedPage(outputPath, dpi, notes);
        }
        finally
        {
            grey.Dispose();
            unwhitened?.Dispose();
        }
    }

    /// <summary>Where <see cref="Prepare"/> writes the page without the back page's whitening (<see cref="PreparedPage.Unwhitened"/>).</summary>
    public static string UnwhitenedPath(string outputPath) => Path.ChangeExtension(outputPath, ".unwhitened.pgm");

    /// <summary>Where the page without the light's division is written (<see cref="UndividedPage.Write"/>).</summary>
    public static string UndividedPath(string outputPath) => Path.ChangeExtension(outputPath, ".undivided.pgm");

    // The steps after the light: the slant, then ruling lines and streaks.
    internal static void Finish(ref Mat grey, PagePlan plan, double? lineHeight, PreprocessOptions options, List<string> notes)
    {
        Straighten(ref grey, plan.Skew, options, notes);
        if (options.RemoveRulingLines && plan.RulingLines)
        {
            var removed = RulingLines.Remove(grey, lineHeight);
            if (removed > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"ruling lines or streaks removed ({removed:P2} of the page)"));
            }
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

    private static PreparedPage Undecodable(string imagePath, int? dpi) =>
        new(imagePath, dpi, ["the page image could not be decoded for preprocessing; OCR'd as it is"]);

    private static string TurnedNote(int rotation) => $"turned {rotation}° as the file says (PDF page rotation or EXIF orientation)";

    internal static void Turn(ref Mat grey, int degrees)
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

    /// <summary>
    /// The page in grey, with the pixels of strongly coloured ink (red, blue) made paper, looked for only in
    /// <paramref name="regions"/> (the plan's, at its half size; <paramref name="scale"/> brings them to this image).
    /// </summary>
    private static Mat WithoutInk(Mat colour, IReadOnlyList<Rect> regions, double scale, List<string> notes)
    {
        var grey = new Mat();
        Cv2.CvtColor(colour, grey, ColorConversionCodes.BGR2GRAY);
        var frame = new Rect(0, 0, colour.Width, colour.Height);
        long removed = 0;
        foreach (var region in regions)
        {
            var full = HalfSize.ToFullSize(region, scale, frame);
            if (full.Width == 0 || full.Height == 0)
            {
                continue;
            }

            using var part = new Mat(colour, full);
            using var ink = InkMask(part, InkChroma);
            // The soft edge of a seal's stroke is less saturated than its middle: widen the mask a little, but
            // never over dark pixels (text, even where it carries a tint: black toner under red ink).
            using (var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(3, 3)))
            {
                Cv2.Dilate(ink, ink, kernel);
            }

            using (var dark = DarkMask(part))
            {
                Cv2.Subtract(ink, dark, ink);
            }

            removed += Cv2.CountNonZero(ink);
            using var target = new Mat(grey, full);
            target.SetTo(Scalar.All(255), ink);
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture, $"coloured ink removed ({removed / (double)(grey.Rows * grey.Cols):P1} of the page)"));
        return grey;
    }

    /// <summary>Pixels whose chroma (max − min channel) exceeds <paramref name="threshold"/> and that are not dark.</summary>
    internal static Mat InkMask(Mat colour, int threshold)
    {
        Cv2.Split(colour, out var channels);
        try
        {
            using var max = new Mat();
            using var min = new Mat();
            Cv2.Max(channels[0], channels[1], max);
            Cv2.Max(max, channels[2], max);
            Cv2.Min(channels[0], channels[1], min);
            Cv2.Min(min, channels[2], min);
            var ink = new Mat();
            Cv2.Subtract(max, min, ink);
            Cv2.Threshold(ink, ink, threshold, 255, ThresholdTypes.Binary);
            using var dark = new Mat();
            Cv2.Threshold(max, dark, DarkText, 255, ThresholdTypes.BinaryInv);
            Cv2.Subtract(ink, dark, ink);
            return ink;
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }

    private static Mat DarkMask(Mat colour)
    {
        Cv2.Split(colour, out var channels);
        try
        {
            using var max = new Mat();
            Cv2.Max(channels[0], channels[1], max);
            Cv2.Max(max, channels[2], max);
            var dark = new Mat();
            Cv2.Threshold(max, dark, DarkText, 255, ThresholdTypes.BinaryInv);
            return dark;
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }

    /// <summary>A photographed sheet seen at an angle is warped to a flat rectangle (its corners found by the plan).</summary>
    private static void Flatten(ref Mat grey, Point2f[]? corners, double scale, List<string> notes)
    {
        if (corners is null)
        {
            return;
        }

        var source = corners.Select(p => new Point2f((float)(p.X * scale), (float)(p.Y * scale))).ToArray();
        var flat = PageQuadrilateral.Flatten(grey, source, InterpolationFlags.Cubic);
        grey.Dispose();
        grey = flat;
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"photographed sheet flattened (corners {string.Join(" ", source.Select(p => $"{p.X:0},{p.Y:0}"))})"));
    }

    /// <summary>Scales a page whose text lines are too low or too high; returns the factor (1 when unchanged).</summary>
    private static double Resolution(ref Mat grey, ref int? dpi, double? lineHeight, PreprocessOptions options, List<string> notes)
    {
        if (!options.NormaliseResolution || lineHeight is not { } height || (height >= options.MinLineHeight && height <= options.MaxLineHeight))
        {
            return 1;
        }

        // A page is never scaled up more than 3 times (a 100 dpi fax to 300): a larger factor is a misreading of
        // the line height, and the page would cost tesseract many times the time and memory.
        var scale = Math.Min(options.TargetLineHeight / height, MaxUpscale);
        if (scale < 1)
        {
            scale = Math.Max(scale, Math.Min(1, MinScaledWidth / (double)grey.Width));
            if (scale >= 1)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"not scaled: text lines measured {height:0} pixels high on a page {grey.Width} pixels wide"));
                return 1;
            }
        }

        var scaled = new Mat();
        Cv2.Resize(grey, scaled, new Size(), scale, scale, scale < 1 ? InterpolationFlags.Area : InterpolationFlags.Cubic);
        grey.Dispose();
        grey = scaled;
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"scaled by {scale:0.00} (text lines {height:0} pixels high)"));
        dpi = dpi is { } known ? (int)Math.Round(known * scale) : null;
        return scale;
    }

    /// <summary>
    /// The page's background: a closing (text closed away) of a copy 500 pixels wide, blurred; with the
    /// 5th and 95th percentiles of its brightness.
    /// </summary>
    internal static (Mat Background, int Low, int High) Background(Mat grey)
    {
        var scale = Math.Min(1.0, 500.0 / grey.Width);
        using var small = new Mat();
        Cv2.Resize(grey, small, new Size(), scale, scale, InterpolationFlags.Area);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(15, 15));
        var background = new Mat();
        Cv2.MorphologyEx(small, background, MorphTypes.Close, kernel);
        Cv2.GaussianBlur(background, background, new Size(31, 31), 0);
        var (low, high) = Percentiles(background);
        return (background, low, high);
    }

    /// <summary>Divides the page by its background: a local threshold for tesseract's Otsu where the light is uneven, as in phone photos.</summary>
    internal static void DivideByBackground(Mat grey, Mat? background = null)
    {
        var own = background is null;
        background ??= Background(grey).Background;
        try
        {
            using var full = new Mat();
            Cv2.Resize(background, full, grey.Size(), 0, 0, InterpolationFlags.Linear);
            Cv2.Divide(grey, full, grey, 255);
        }
        finally
        {
            if (own)
            {
                background.Dispose();
            }
        }
    }

    // On a page divided by its background, paper is 255: what is lighter than this is no text.
    internal const int FaintMark = 180;

    /// <summary>
    /// After the division by the background, the faint marks the division brought out become paper, and the
    /// rest is stretched to the full range: the back page showing through thin paper, a photocopy's grey haze.
    /// On a page divided by its background they cover much of the sheet at one grey, and tesseract's global
    /// (Otsu) threshold then splits paper from them instead of text from paper: the mirrored back page was read
    /// as lines of garbage (CER 115 % on one page of the hard development pairs).
    /// </summary>
    internal static void WhitenFaintMarks(Mat grey) =>
        grey.ConvertTo(grey, MatType.CV_8UC1, 255.0 / FaintMark); // saturates: ≥ FaintMark becomes 255

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

    private static void Straighten(ref Mat grey, double? skew, PreprocessOptions options, List<string> notes)
    {
        if (!options.Deskew || skew is not { } angle || Math.Abs(angle) < options.MinSkewDegrees)
        {
            return;
        }

        // Turning by −angle (clockwise for a line rising to the right) lays the lines flat.
        using var matrix = Cv2.GetRotationMatrix2D(new Point2f(grey.Width / 2f, grey.Height / 2f), -angle, 1.0);
        var straight = new Mat();
        Cv2.WarpAffine(grey, straight, matrix, grey.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(255));
        grey.Dispose();
        grey = straight;
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"straightened by {angle:0.00}°"));
    }
}
