using TongHop.Reading.Preprocessing;

namespace TongHop.Reading.Ocr;

/// <summary>
/// How scanned pages and images are OCR'd with the <c>tesseract</c> command line. Immutable.
/// </summary>
public sealed record OcrOptions
{
    /// <summary>Where <c>scripts/install-tessdata</c> puts the Vietnamese model TongHop ships.</summary>
    public const string DefaultTessdataDir = "/usr/local/share/tonghop/tessdata";

    /// <summary>Environment variable that overrides <see cref="TessdataDir"/>.</summary>
    public const string TessdataVariable = "TONGHOP_TESSDATA";

    public string TesseractPath { get; init; } = "tesseract";

    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>
    /// Folder holding <c>vie.traineddata</c>; <c>null</c> uses tesseract's own, Debian's "fast" model. That
    /// is the model TongHop ships: on ocrsim scans (2 reports × medium/heavy degradation, 8 pages, 300 dpi)
    /// it read best and fastest: syllable error 0.9/5.8/1.4/7.1 % against 1.3/6.8/1.2/8.1 % for both the
    /// standard 4.0.0 and best_int models of <c>@tesseract.js-data/vie</c> (identical: the standard
    /// model's LSTM is best_int), at about half their time per page. Deskewing helped only within noise
    /// (5.4 vs 5.8 % on one heavy scan, equal on another), so pages are OCR'd as they are.
    /// </summary>
    public string? TessdataDir { get; init; }

    public string Language { get; init; } = "vie";

    /// <summary>A page that takes longer is abandoned (its tesseract process killed) and reported.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Pages OCR'd at once, one single-threaded tesseract process each.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Resolution for rasterising PDF pages that have no single embedded scan image.</summary>
    public int RasterDpi { get; init; } = 300;

    /// <summary>
    /// Largest image accepted, in pixels (60 M: an A4 page at 600 dpi is 35 M). Checked from the
    /// file header before any decoding, so a 20000×20000 image is refused without allocating it.
    /// </summary>
    public long MaxImagePixels { get; init; } = 60_000_000;

    public int MaxPages { get; init; } = 500;

    /// <summary>What is done to a page image before OCR (deskew, coloured ink, light, resolution, orientation).</summary>
    public PreprocessOptions Preprocess { get; init; } = new();

    /// <summary>
    /// Words read out of marks that are not text (punctuation runs from specks, short low-confidence lines
    /// from signature strokes) are left out of the page's text (<see cref="Layout.OcrNoise"/>).
    /// </summary>
    public bool DropNoiseWords { get; init; } = true;

    /// <summary>
    /// A grey or colour page where tesseract's automatic page segmentation left out text (a share of the letter-shaped
    /// ink of at least <see cref="MissedText.RereadShare"/> outside the words it read: whole paragraphs of a photographed
    /// photocopy taken for a picture) is read again as one block of text, and the reading with more confident letters
    /// kept (<see cref="MissedText"/>). Black-and-white (CCITT) pages are not looked at.
    /// </summary>
    public bool RereadMissedText { get; init; } = true;

    /// <summary>
    /// A grey or colour page that reads badly (mean word confidence under <see cref="BrokenStrokes.RereadBelowConfidence"/>:
    /// strokes broken by photocopying) is read again with its ink widened, and that reading kept when tesseract is surer
    /// of it (<see cref="BrokenStrokes"/>). Black-and-white pages are not.
    /// </summary>
    public bool RereadBrokenStrokes { get; init; } = true;

    /// <summary>Extra tesseract variables (<c>-c NAME=VALUE</c>), e.g. <c>thresholding_method</c>; none by default.</summary>
    public IReadOnlyDictionary<string, string> TesseractVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Options with the model folder taken from <c>TONGHOP_TESSDATA</c>, else from
    /// <see cref="DefaultTessdataDir"/> when it holds the model, else tesseract's default.
    /// </summary>
    public static OcrOptions FromEnvironment()
    {
        var configured = Environment.GetEnvironmentVariable(TessdataVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new OcrOptions { TessdataDir = configured };
        }

        return File.Exists(Path.Combine(DefaultTessdataDir, "vie.traineddata"))
            ? new OcrOptions { TessdataDir = DefaultTessdataDir }
            : new OcrOptions();
    }
}
