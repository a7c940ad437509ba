using System.Diagnostics;
using System.Globalization;
using TongHop.Reading.Preprocessing;

namespace TongHop.Reading.Ocr;

/// <summary>
/// Reads one page: puts its image on disk (the embedded bytes as they are, or the PDF page rendered by
/// pdftoppm as an uncompressed PGM), cleans it (<see cref="PagePreprocessor"/>), OCRs it, and, when the
/// page reads badly, asks tesseract whether it is upside down or sideways and reads it again turned.
/// Every file it writes is deleted before it returns, so a worker holds one page at a time. Thread-safe.
/// </summary>
internal sealed class PageOcr
{
    private readonly TesseractEngine _engine;
    private readonly PreprocessOptions _preprocess;

    public PageOcr(TesseractEngine engine, PreprocessOptions preprocess)
    {
        _engine = engine;
        _preprocess = preprocess;
    }

    public OcrOptions Options => _engine.Options;

    public OcrPageResult Read(PageImage page, string workDir, CancellationToken cancellationToken)
    {
        var stem = Path.Combine(workDir, $"page-{page.Number:D4}");
        var written = new List<string>();
        UndividedPage? undividedPage = null;
        var clock = Stopwatch.StartNew();
        try
        {
            var (source, error) = Materialise(page, stem, written, cancellationToken);
            if (source is null)
            {
                return OcrPageResult.Fail(error!);
            }

            var image = clock.Elapsed;
            written.Add(stem + ".prepared.pgm");
            written.Add(PagePreprocessor.UnwhitenedPath(stem + ".prepared.pgm"));
            written.Add(PagePreprocessor.UndividedPath(stem + ".prepared.pgm"));
            var prepared = PagePreprocessor.Prepare(source, page.Dpi, page.Rotation, page.Bilevel, _preprocess, stem + ".prepared.pgm");
            undividedPage = prepared.Undivided;
            var preprocess = clock.Elapsed - image;
            var finishing = TimeSpan.Zero;
            OcrPageResult result;
            if (prepared.Unwhitened is { } unwhitened)
            {
                (result, prepared) = BackPage(prepared, unwhitened, page.Number, cancellationToken);
            }
            else if (prepared.Undivided is { } undivided)
            {
                (result, prepared, finishing) = Undivided(prepared, undivided, page.Number, cancellationToken);
            }
            else
            {
                result = _engine.Recognize(prepared.ImagePath, page.Number, prepared.Dpi, cancellationToken);
            }

            if (_preprocess.FixOrientation && ReadsBadly(result))
            {
                written.Add(stem + ".turned.pgm");
                result = Reoriented(result, prepared, page.Number, stem + ".turned.pgm", cancellationToken);
            }

            if (Options.RereadBrokenStrokes && !page.Bilevel && result.Notes.Count == 0 && (result.MeanConfidence ?? 100) < BrokenStrokes.RereadBelowConfidence)
            {
                var widened = BrokenStrokes.WidenedPath(stem + ".prepared.pgm");
                written.Add(widened);
                (result, prepared) = Widened(result, prepared, page.Number, widened, cancellationToken);
            }

            var looking = TimeSpan.Zero;
            if (Options.RereadMissedText && !page.Bilevel && result.Notes.Count == 0 && result.Words is { } words)
            {
                // The check is preprocessing's cost (it looks at the image); a second reading is tesseract's.
                var start = clock.Elapsed;
                var missed = MissedText.Share(prepared.ImagePath, words);
                looking = clock.Elapsed - start;
                if (missed >= MissedText.RereadShare)
                {
                    result = Reread(result, prepared, page.Number, missed.Value, cancellationToken);
                }
            }

            var tesseract = clock.Elapsed - image - preprocess - looking - finishing;
            return result with { Notes = [.. prepared.Notes, .. result.Notes], Times = new PageTimes(image, preprocess + looking + finishing, tesseract) };
        }
        finally
        {
            undividedPage?.Dispose();
            foreach (var file in written)
            {
                File.Delete(file);
            }
        }
    }

    // A page whose faint marks were whitened as a back page showing through is also prepared without that step, and the
    // reading with the higher mean word confidence kept: the back page read as text is garbage that tesseract is unsure
    // of (mean 35 against 38 whitened, on a page of the hard pairs), while a photocopy's own faint strokes, broken by the
    // whitening, read less surely than before it (63 against 69). The page is read as it was first, and the whitened page
    // only where it can win (ShowThroughWhitening.CanWin): not when the first reading is in the middle band.
    private (OcrPageResult, PreparedPage) BackPage(PreparedPage prepared, string unwhitened, int number, CancellationToken cancellationToken)
    {
        var plain = _engine.Recognize(unwhitened, number, prepared.Dpi, cancellationToken);
        if (plain.Text is not null && !ShowThroughWhitening.CanWin(plain.MeanConfidence))
        {
            return (plain, prepared with { ImagePath = unwhitened, Unwhitened = null, Notes = Noted(prepared, string.Create(CultureInfo.InvariantCulture,
                $"; not read whitened: read {plain.MeanConfidence ?? 0:F0} without it, where the whitening breaks the page's own faint strokes ({ShowThroughWhitening.KeepBetween.Low:F0}–{ShowThroughWhitening.KeepBetween.High:F0})")) });
        }

        var whitened = _engine.Recognize(prepared.ImagePath, number, prepared.Dpi, cancellationToken);
        if (!IsSurer(plain, whitened))
        {
            return (whitened, prepared with { Unwhitened = null, Notes = Noted(prepared, string.Create(CultureInfo.InvariantCulture,
                $" (mean word confidence {whitened.MeanConfidence ?? 0:F0}, without it {plain.MeanConfidence ?? 0:F0})")) });
        }

        return (plain, prepared with { ImagePath = unwhitened, Unwhitened = null, Notes = Noted(prepared, string.Create(CultureInfo.InvariantCulture,
            $"; read better without it (mean word confidence {plain.MeanConfidence:F0} against {whitened.MeanConfidence ?? 0:F0}), kept as it was")) });
    }

    private static List<string> Noted(PreparedPage prepared, string addition, string note = "faint marks whitened") =>
        prepared.Notes.Select(n => n.StartsWith(note, StringComparison.Ordinal) ? n + addition : n).ToList();

    // A page of uneven light is read divided by its background and whitened, as prepared; where that reading can lose
    // (UndividedReading.CanWin) the page without the division is finished, written and read too (so the other pages
    // never pay for it), and the reading that holds more confident letters kept (UndividedReading.Keeps). Returns the
    // time spent finishing the undivided page (preprocessing's, not tesseract's).
    private (OcrPageResult, PreparedPage, TimeSpan) Undivided(PreparedPage prepared, UndividedPage undivided, int number, CancellationToken cancellationToken)
    {
        const string light = "uneven light flattened";
        var divided = _engine.Recognize(prepared.ImagePath, number, prepared.Dpi, cancellationToken);
        if (divided.Text is null || !UndividedReading.CanWin(divided.MeanConfidence))
        {
            return (divided, prepared with { Undivided = null }, TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        var path = undivided.Write();
        var finishing = clock.Elapsed;
        var plain = _engine.Recognize(path, number, prepared.Dpi, cancellationToken);
        if (!UndividedReading.Keeps(divided, plain))
        {
            return (divided, prepared with { Undivided = null, Notes = Noted(prepared, string.Create(CultureInfo.InvariantCulture,
                $" (mean word confidence {divided.MeanConfidence ?? 0:F1}, confident letters {divided.ConfidentLetters:F0}; without it {plain.MeanConfidence ?? 0:F1}, {plain.ConfidentLetters:F0})"), light) }, finishing);
        }

        return (plain, prepared with { ImagePath = path, Undivided = null, Notes = Noted(prepared, string.Create(CultureInfo.InvariantCulture,
            $"; read better without it (mean word confidence {plain.MeanConfidence ?? 0:F1}, confident letters {plain.ConfidentLetters:F0}; divided {divided.MeanConfidence ?? 0:F1}, {divided.ConfidentLetters:F0}), kept undivided"), light) }, finishing);
    }

    // A page that reads badly (broken strokes) read again with its ink widened (BrokenStrokes); the second reading is
    // kept when tesseract is surer of it. Requiring as many confident letters as well was tried: on a signature page of
    // broken strokes (mean confidence 35 → 80) it kept the first reading's garbage, and changed nothing elsewhere.
    private (OcrPageResult, PreparedPage) Widened(OcrPageResult first, PreparedPage prepared, int number, string widenedPath, CancellationToken cancellationToken)
    {
        if (!BrokenStrokes.Widen(prepared.ImagePath, widenedPath))
        {
            return (first, prepared);
        }

        var second = _engine.Recognize(widenedPath, number, prepared.Dpi, cancellationToken);
        if (!IsSurer(second, first))
        {
            return (first, prepared);
        }

        var note = string.Create(CultureInfo.InvariantCulture,
            $"strokes widened and read again (mean word confidence {first.MeanConfidence ?? 0:F1}, under {BrokenStrokes.RereadBelowConfidence:F0}): kept, {second.MeanConfidence ?? 0:F1}");
        return (second with { Notes = [note] }, prepared with { ImagePath = widenedPath });
    }

    // A second reading of a page replaces the first when tesseract is surer of it: a higher mean word confidence.
    private static bool IsSurer(OcrPageResult second, OcrPageResult first) =>
        second.Text is not null && (second.MeanConfidence ?? 0) > (first.MeanConfidence ?? 0);

    // The page read again as one block of text; kept when it holds clearly more confident letters (each letter or digit
    // weighted by its word's confidence) than the automatic segmentation's reading.
    private OcrPageResult Reread(OcrPageResult first, PreparedPage prepared, int number, double missed, CancellationToken cancellationToken)
    {
        var second = _engine.Recognize(prepared.ImagePath, number, prepared.Dpi, cancellationToken, pageSegmentation: 6);
        var share = missed.ToString("P0", CultureInfo.InvariantCulture);
        return second.Text is not null && second.ConfidentLetters > MissedText.RereadGain * first.ConfidentLetters
            ? second with { Notes = [$"read again as one block of text: the page segmentation had left out text ({share} of the letter-shaped ink)"] }
            : first;
    }

    private bool ReadsBadly(OcrPageResult result) =>
        result.Text is not null && (result.MeanConfidence ?? 0) < _preprocess.RetryBelowConfidence;

    private OcrPageResult Reoriented(OcrPageResult first, PreparedPage prepared, int number, string turnedPath, CancellationToken cancellationToken)
    {
        var degrees = _engine.DetectRotation(prepared.ImagePath, prepared.Dpi, cancellationToken) ?? 0;
        if (degrees is not (90 or 180 or 270) || !PagePreprocessor.Rotate(prepared.ImagePath, degrees, turnedPath))
        {
            return first;
        }

        var second = _engine.Recognize(turnedPath, number, prepared.Dpi, cancellationToken);
        var better = second.Text is not null && (second.MeanConfidence ?? 0) * second.Text.Length > (first.MeanConfidence ?? 0) * first.Text!.Length;
        return better ? second with { Notes = [$"turned {degrees}° (tesseract's orientation detection; the page read badly upright)"] } : first;
    }

    /// <summary>The page's image file: the one given, the encoded bytes written out, or the PDF page rendered.</summary>
    private (string? Path, string? Error) Materialise(PageImage page, string stem, List<string> written, CancellationToken cancellationToken)
    {
        if (page.ImagePath is { } existing)
        {
            return (existing, null);
        }

        if (page.Encoded is { } bytes)
        {
            var file = $"{stem}.{page.Extension}";
            written.Add(file);
            File.WriteAllBytes(file, bytes);
            return (file, null);
        }

        var options = _engine.Options;
        var number = page.Number.ToString(CultureInfo.InvariantCulture);
        var dpi = (page.Dpi ?? options.RasterDpi).ToString(CultureInfo.InvariantCulture);
        written.Add(stem + ".pgm");
        string[] arguments = ["-r", dpi, "-gray", "-f", number, "-l", number, "-singlefile", page.PdfPath!, stem];
        var outcome = ExternalProcess.Run(options.PdftoppmPath, arguments, options.PageTimeout, null, cancellationToken);
        return outcome.Succeeded ? (stem + ".pgm", null) : (null, outcome.Describe($"pdftoppm (page {number})", options.PageTimeout));
    }
}
