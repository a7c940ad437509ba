using System.Globalization;

namespace TongHop.Reading.Ocr;

/// <summary>
/// OCRs pages side by side, up to <see cref="OcrOptions.MaxParallelism"/> at once (one single-threaded
/// tesseract each), rasterising PDF pages with <c>pdftoppm</c> inside the same worker so that at most
/// that many page images exist at a time. Each page has its own time limit; a failed page is a
/// result, not an exception. Results come back in page order.
/// </summary>
internal sealed class ParallelPageOcr
{
    private readonly TesseractEngine _engine;

    public ParallelPageOcr(TesseractEngine engine) => _engine = engine;

    public IReadOnlyList<OcrPageResult> Run(IReadOnlyList<PageImage> pages, string workDir, string path, ReadContext context)
    {
        var results = new OcrPageResult[pages.Count];
        var done = 0;
        context.Report(path, "ocr", 0, pages.Count);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, _engine.Options.MaxParallelism),
            CancellationToken = context.CancellationToken,
        };
        Parallel.For(0, pages.Count, parallel, i =>
        {
            results[i] = OcrPage(pages[i], workDir, context.CancellationToken);
            context.Report(path, "ocr", Interlocked.Increment(ref done), pages.Count);
        });
        return results;
    }

    private OcrPageResult OcrPage(PageImage page, string workDir, CancellationToken cancellationToken)
    {
        if (page.ImagePath is { } image)
        {
            return _engine.Recognize(image, page.Dpi, cancellationToken);
        }

        var prefix = Path.Combine(workDir, $"raster-{page.Number:D4}");
        var raster = Rasterize(page, prefix, cancellationToken);
        if (raster is not null)
        {
            return OcrPageResult.Fail(raster);
        }

        try
        {
            return _engine.Recognize(prefix + ".png", _engine.Options.RasterDpi, cancellationToken);
        }
        finally
        {
            File.Delete(prefix + ".png");
        }
    }

    /// <summary>Renders one PDF page to <c>prefix.png</c> (grey, <see cref="OcrOptions.RasterDpi"/>); returns the error, if any.</summary>
    private string? Rasterize(PageImage page, string prefix, CancellationToken cancellationToken)
    {
        var options = _engine.Options;
        var number = page.Number.ToString(CultureInfo.InvariantCulture);
        string[] arguments = ["-r", options.RasterDpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile", page.PdfPath!, prefix];
        var outcome = ExternalProcess.Run(options.PdftoppmPath, arguments, options.PageTimeout, null, cancellationToken);
        return outcome.Succeeded ? null : outcome.Describe($"pdftoppm (page {number})", options.PageTimeout);
    }
}
