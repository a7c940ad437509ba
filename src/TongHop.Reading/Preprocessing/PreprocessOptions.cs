namespace TongHop.Reading.Preprocessing;

/// <summary>
/// Which clean-ups <see cref="PagePreprocessor"/> applies to a page image before OCR. Each can be turned
/// off on its own, so that the benchmark (<c>TongHop.Benchmarks ocr --preprocess …</c>) measures what
/// each one gains; the defaults are the steps that helped (see docs/benchmarks.md). Immutable.
/// </summary>
public sealed record PreprocessOptions
{
    /// <summary>Colour pages: red seal ink and blue signature ink become paper; black text under them stays.</summary>
    public bool RemoveColouredInk { get; init; } = true;

    /// <summary>
    /// Grey pages: a seal scanned in grey (its ring, letters and star a mid grey, lighter than the text) becomes
    /// paper inside the regions where its strokes are found; the black text under it stays (<see cref="GreySeal"/>).
    /// </summary>
    public bool RemoveGreySeals { get; init; } = true;

    /// <summary>
    /// A photographed sheet lying on a darker background, seen at an angle (its four edges visible), is warped
    /// to a flat rectangle before anything else is measured on it (<see cref="PageQuadrilateral"/>).
    /// </summary>
    public bool CorrectPerspective { get; init; } = true;

    /// <summary>
    /// Long thin straight lines that are not text (a table's rules, a photocopier's toner streak) become paper
    /// before OCR (<see cref="RulingLines"/>): tesseract reads them as <c>|</c> or dashes, and a streak down a
    /// page splits its lines into two columns.
    /// </summary>
    public bool RemoveRulingLines { get; init; } = true;

    /// <summary>Turn a page scanned at a slant straight when it leans by at least <see cref="MinSkewDegrees"/>.</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>
    /// Tesseract reads a slant of a degree or so as well as a straight page, and turning a page blurs it a
    /// little: real scans leaning 0.7–1.4° read worse straightened (CER 1.00 → 1.06 %; "PV01" became "PV0I"),
    /// pages leaning 2.5° (phone photos) much better. So only clear slants are turned.
    /// </summary>
    public double MinSkewDegrees { get; init; } = 2.0;

    /// <summary>The largest slant looked for, either way.</summary>
    public double MaxSkewDegrees { get; init; } = 8;

    /// <summary>
    /// Binarise with a local (adaptive) threshold instead of tesseract's global Otsu; helps photos with
    /// uneven light, hurts clean scans, so it is used only where the page's lighting is uneven.
    /// </summary>
    public bool AdaptiveBinarisation { get; init; } = true;

    /// <summary>
    /// An evenly lit grey or colour page that shows its back page through (many more faint marks than dark ones,
    /// <see cref="PagePlan.ShowThroughRatio"/>) is divided by its background and its faint marks made paper, as a page
    /// with uneven light is: tesseract's global threshold otherwise reads the mirrored back page as lines of garbage.
    /// Only with <see cref="AdaptiveBinarisation"/>; black-and-white pages are never looked at.
    /// </summary>
    public bool WhitenShowThrough { get; init; } = true;

    /// <summary>
    /// A page whose uneven light was flattened (<see cref="AdaptiveBinarisation"/>) is also prepared without the division by
    /// its background and the whitening, and read so where the first reading can lose (<see cref="UndividedReading"/>): the
    /// whitening breaks the faintest strokes (small type, a photocopy's thin lines), and on such a page the reading
    /// tesseract is surer of is kept.
    /// </summary>
    public bool ReadUndividedToo { get; init; } = true;

    /// <summary>
    /// Pages whose text lines are lower than <see cref="MinLineHeight"/> or higher than <see cref="MaxLineHeight"/>
    /// pixels are scaled so that they are <see cref="TargetLineHeight"/> high (13 pt text at 300 dpi). Measured on
    /// the image: the resolution a PDF declares is often wrong (an image placed at 96 dpi that was scanned at 300).
    /// </summary>
    public bool NormaliseResolution { get; init; } = true;

    /// <summary>
    /// 26. Tried 38 (a 200 dpi page scaled to 300 dpi, as pdftoppm renders it): better on two hard photocopy pairs,
    /// worse on four others; the hard development pairs read 6.34 % CER at 26 against 6.77 % at 38, and cost more.
    /// </summary>
    public int MinLineHeight { get; init; } = 26;

    public int MaxLineHeight { get; init; } = 100;

    public int TargetLineHeight { get; init; } = 50;

    /// <summary>
    /// When a page reads badly (mean word confidence below <see cref="RetryBelowConfidence"/>), ask
    /// tesseract's orientation detection whether it is upside down or sideways, turn it and read it again.
    /// </summary>
    public bool FixOrientation { get; init; } = true;

    public double RetryBelowConfidence { get; init; } = 60;

    public static PreprocessOptions None { get; } = new()
    {
        RemoveColouredInk = false,
        RemoveGreySeals = false,
        RemoveRulingLines = false,
        CorrectPerspective = false,
        Deskew = false,
        AdaptiveBinarisation = false,
        WhitenShowThrough = false,
        ReadUndividedToo = false,
        NormaliseResolution = false,
        FixOrientation = false,
    };

    public bool Any => RemoveColouredInk || RemoveGreySeals || RemoveRulingLines || CorrectPerspective || Deskew || AdaptiveBinarisation || NormaliseResolution;
}
