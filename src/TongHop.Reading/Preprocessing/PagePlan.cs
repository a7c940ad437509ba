using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// What <see cref="PagePreprocessor"/> will do to a page, decided on a copy decoded at half size (a JPEG
/// decodes at half size by its DCT scaling, for about a third of the cost of a full decode; other formats are
/// decoded and reduced): where coloured ink lies, the sheet's corners when it was photographed at an angle,
/// the slant and text-line height, whether the light is uneven. Every length here is in the half-size copy's
/// pixels (<see cref="LookedAtWidth"/> wide before turning); the preprocessor scales them to the full image.
/// </summary>
internal sealed class PagePlan
{
    // Below this width (a small photo, a fax page) the page is looked at as it is, not at half size.
    private const int MinReducedWidth = 800;

    // Share of the page that coloured ink must cover to be taken out (JPEG colour noise stays below it).
    private const double MinInkShare = 0.0005;

    // A looser chroma for the regions to search at full size, so that a stroke's faint edge falls inside them.
    private const int RegionChroma = 40;

    // Background brightness spread (5th to 95th percentile, 0–255) from which the light is uneven.
    private const int UnevenSpread = 40;

    // Faint marks (between 55 and 85 % of the paper's brightness) over dark ones (below 45 %) from which a page evenly
    // lit shows its back page through, when they cover at least MinFaintShare of it. On the hard photocopy pairs the
    // pages that read better whitened measured 2.5–39.5 (the one read as garbage, with little text of its own, 39.5),
    // but photocopies whose own strokes are faint measure as much (2.1–18.9: PageOcr compares both readings); the real
    // scans of the development set measure 0.43–1.49, pages of body text up to about 2.
    internal const double ShowThroughRatio = 2.0;

    private const double MinFaintShare = 0.01;

    private PagePlan(int lookedAtWidth, double nominalScale)
    {
        LookedAtWidth = lookedAtWidth;
        NominalScale = nominalScale;
    }

    /// <summary>The width of the copy looked at, before any turn.</summary>
    public int LookedAtWidth { get; }

    /// <summary>The full image's size over the copy's: 2 for a reduced copy, 1 when the page was looked at as it is.</summary>
    public double NominalScale { get; }

    public bool Colour { get; private init; }

    public int Rotation { get; private init; }

    /// <summary>Regions holding coloured ink (not turned); empty when there is none to take out.</summary>
    public IReadOnlyList<Rect> Ink { get; private init; } = [];

    /// <summary>
    /// Regions of a grey page holding a seal scanned in grey (<see cref="GreySeal"/>; not turned); empty when
    /// there is none, and always on a colour page (its seal goes by colour).
    /// </summary>
    public IReadOnlyList<Rect> GreySeals { get; private init; } = [];

    /// <summary>The grey band of the seal's ink (used with <see cref="GreySeals"/>).</summary>
    public (int Low, int High) GreySealBand { get; private init; }

    /// <summary>The photographed sheet's corners (TL, TR, BR, BL, after the turn), or <c>null</c>.</summary>
    public Point2f[]? Page { get; private init; }

    /// <summary>The slant in degrees (after the turn and the flattening), or <c>null</c> when there is too little text to tell.</summary>
    public double? Skew { get; private init; }

    public double? LineHeight { get; private init; }

    /// <summary>Whether the page holds ruling lines or streaks to take out (<see cref="RulingLines"/>).</summary>
    public bool RulingLines { get; private init; }

    /// <summary>The background's brightness spread when the light is uneven, else <c>null</c>.</summary>
    public (int Low, int High)? UnevenLight { get; private init; }

    /// <summary>
    /// Faint marks over dark ones (<see cref="ShowThrough(Mat)"/>) when an evenly lit page shows its back page through
    /// (at least <see cref="ShowThroughRatio"/>), else <c>null</c>; always <c>null</c> where the light is uneven (that
    /// page is flattened and its faint marks whitened anyway).
    /// </summary>
    public double? BackPage { get; private init; }

    /// <summary>The plan for a page image; <c>null</c> when it cannot be decoded.</summary>
    public static PagePlan? Make(string imagePath, int rotation, PreprocessOptions options)
    {
        const ImreadModes Reduced = ImreadModes.ReducedGrayscale2 | ImreadModes.AnyColor | ImreadModes.IgnoreOrientation;
        var look = Cv2.ImRead(imagePath, Reduced);
        var nominal = 2.0;
        if (!look.Empty() && look.Width < MinReducedWidth)
        {
            look.Dispose();
            look = Cv2.ImRead(imagePath, ImreadModes.AnyColor | ImreadModes.IgnoreOrientation);
            nominal = 1.0;
        }

        using (look)
        {
            if (look.Empty())
            {
                return null;
            }

            var colour = look.Channels() >= 3;
            var grey = new Mat();
            if (colour)
            {
                Cv2.CvtColor(look, grey, look.Channels() == 4 ? ColorConversionCodes.BGRA2GRAY : ColorConversionCodes.BGR2GRAY);
            }
            else
            {
                look.CopyTo(grey);
            }

            try
            {
                var ink = colour && options.RemoveColouredInk ? InkRegions(look) : [];
                var seals = !colour && options.RemoveGreySeals ? GreySeal.Regions(grey) : ([], 0, 0);
                PagePreprocessor.Turn(ref grey, rotation);
                var page = options.CorrectPerspective ? PageQuadrilateral.Find(grey) : null;
                if (page is not null)
                {
                    var flat = PageQuadrilateral.Flatten(grey, page, InterpolationFlags.Linear);
                    grey.Dispose();
                    grey = flat;
                }

                (int, int)? uneven = null;
                double? backPage = null;
                if (options.AdaptiveBinarisation)
                {
                    var (background, low, high) = PagePreprocessor.Background(grey);
                    using (background)
                    {
                        if (high - low >= UnevenSpread)
                        {
                            // The slant is measured on the flattened light too: Otsu's threshold would otherwise
                            // split the paper into its bright and dark halves, and their border is no text line.
                            uneven = (low, high);
                            PagePreprocessor.DivideByBackground(grey, background);
                        }
                        else if (options.WhitenShowThrough && ShowThrough(grey) is >= ShowThroughRatio and var ratio)
                        {
                            backPage = ratio;
                        }
                    }
                }

                var geometry = options.Deskew || options.NormaliseResolution || options.RemoveRulingLines ? SkewEstimator.Estimate(grey, options.MaxSkewDegrees) : null;
                var lines = options.RemoveRulingLines && Preprocessing.RulingLines.Present(grey, geometry?.LineHeight);
                return new PagePlan(look.Width, nominal)
                {
                    Colour = colour,
                    Rotation = rotation,
                    Ink = ink,
                    GreySeals = seals.Regions,
                    GreySealBand = (seals.Low, seals.High),
                    Page = page,
                    Skew = geometry?.Degrees,
                    LineHeight = geometry?.LineHeight,
                    UnevenLight = uneven,
                    BackPage = backPage,
                    RulingLines = lines,
                };
            }
            finally
            {
                grey.Dispose();
            }
        }
    }

    /// <summary>Whether the page must be decoded in full and rewritten (a colour page always is: tesseract gets grey).</summary>
    public bool ChangesPage(PreprocessOptions options) =>
        Colour || Rotation != 0 || Ink.Count > 0 || GreySeals.Count > 0 || Page is not null || UnevenLight is not null || BackPage is not null || RulingLines
        || (options.Deskew && Skew is { } skew && Math.Abs(skew) >= options.MinSkewDegrees)
        || (options.NormaliseResolution && LineHeight * NominalScale is { } height && (height < options.MinLineHeight || height > options.MaxLineHeight));

    /// <summary>
    /// How much a page holds of faint marks against text: the share of its pixels between 55 and 85 % of the paper's
    /// brightness (the 95th percentile) over the share below 45 %. The back page showing through thin paper (mirrored
    /// text, as wide as the page's own) and a photocopy's grey haze are faint; text, even a photocopy's, is dark. A page
    /// whose faint marks cover less than 1 % of it gives 0.
    /// </summary>
    internal static double ShowThrough(Mat grey)
    {
        using var hist = new Mat();
        Cv2.CalcHist([grey], [0], null, hist, 1, [256], [new Rangef(0, 256)]);
        hist.GetArray(out float[] counts);
        double total = counts.Sum();
        double sum = 0;
        var paper = 255;
        for (var i = 0; i < counts.Length; i++)
        {
            sum += counts[i];
            if (sum >= total * 0.95)
            {
                paper = i;
                break;
            }
        }

        double Share(double low, double high)
        {
            double n = 0;
            for (var i = (int)(paper * low); i < (int)(paper * high); i++)
            {
                n += counts[i];
            }

            return n / total;
        }

        var faint = Share(0.55, 0.85);
        return faint < MinFaintShare ? 0 : faint / Math.Max(Share(0, 0.45), 1e-6);
    }

    /// <summary>
    /// The regions of the copy where coloured ink lies (each ink blob's box, widened), when it covers more
    /// than <see cref="MinInkShare"/> of the page; the whole page when the blobs are many or large.
    /// </summary>
    private static Rect[] InkRegions(Mat colour)
    {
        var area = colour.Width * (double)colour.Height;
        using (var strong = PagePreprocessor.InkMask(colour, PagePreprocessor.InkChroma))
        {
            if (Cv2.CountNonZero(strong) / area <= MinInkShare)
            {
                return [];
            }
        }

        using var weak = PagePreprocessor.InkMask(colour, RegionChroma);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(9, 9)))
        {
            Cv2.Dilate(weak, weak, kernel);
        }

        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(weak, labels, stats, centroids);
        var whole = new Rect(0, 0, colour.Width, colour.Height);
        var regions = new List<Rect>();
        for (var i = 1; i < count; i++)
        {
            var box = HalfSize.ComponentBox(stats, i);
            regions.Add(new Rect(box.X - 2, box.Y - 2, box.Width + 4, box.Height + 4) & whole);
        }

        return regions.Count > 300 || regions.Sum(r => (double)r.Width * r.Height) > area / 2 ? [whole] : [.. regions];
    }

}
