using System.Globalization;
using TongHop.Core.Documents;
using TongHop.Reading.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace TongHop.Reading.Pdf;

/// <summary>
/// Reads a PDF page by page. A page keeps its text layer when the text judge finds it Vietnamese enough
/// (<see cref="ReadingOptions.MinTextLayerQuality"/>); a page without text, or whose text layer is an
/// English OCR's garble of Vietnamese (as in the units' scans), is OCR'd from its image instead.
/// <see cref="SourceText.TextFrom"/> says <c>pdf-text-layer</c>, <c>ocr</c> or <c>pdf-text-layer+ocr</c>,
/// and <see cref="ReadResult.Notes"/> gives each page's decision with its score.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    // Fewer letters than this is no text layer (a stamp, a page number), not a bad one.
    private const int MinLayerLetters = 20;

    private readonly ReadingOptions _options;
    private readonly ParallelPageOcr _ocr;

    public PdfReader(ReadingOptions options)
    {
        _options = options;
        _ocr = new ParallelPageOcr(new TesseractEngine(options.Ocr));
    }

    /// <summary>PDF, with a text layer or scanned.</summary>
    public static InputFormat Declared { get; } = new("PDF", "PDF", [".pdf"]);

    public InputFormat Format => Declared;

    public bool CanRead(ReadOnlySpan<byte> head, string path) => FileSignature.IsPdf(head);

    public ReadResult Read(byte[] content, string path, ReadContext context)
    {
        if (!HasEndMarker(content))
        {
            return ReadResult.Fail("the PDF is truncated (it has no %%EOF end marker): the download or copy was incomplete");
        }

        try
        {
            using var work = new TempDirectory();
            return ReadDocument(content, path, work, context);
        }
        catch (OperationCanceledException)
        {
            return ReadResult.Fail("reading was cancelled");
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Fail("the PDF is password-protected (encrypted); ask the unit for a copy without a password");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws many exception types on damaged files; any of them means the same to the user.
            return ReadResult.Fail($"the PDF is damaged or truncated and cannot be read ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>
    /// Every complete PDF ends with <c>%%EOF</c> (ISO 32000-1 §7.5.5), perhaps followed by a little junk.
    /// Lenient parsing would otherwise "repair" a half-downloaded file and return half a report.
    /// </summary>
    private static bool HasEndMarker(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 4096));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private ReadResult ReadDocument(byte[] content, string path, TempDirectory work, ReadContext context)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (document.NumberOfPages > _options.Ocr.MaxPages)
        {
            return ReadResult.Fail($"the PDF has {document.NumberOfPages} pages; more than {_options.Ocr.MaxPages} are refused");
        }

        var plan = new List<PageSource>();
        var images = new List<PageImage>();
        var pdfCopy = work.File("document.pdf");
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var source = Decide(number, PdfTextLayer.Text(page));
            plan.Add(source);
            if (source.UseOcr)
            {
                images.Add(PageImageFor(page, number, work, pdfCopy, content));
            }
        }

        var ocr = _ocr.Run(images, work.Path, path, context);
        return Compose(content, path, plan, images, ocr);
    }

    private PageSource Decide(int number, string layer)
    {
        if (layer.Count(char.IsLetter) < MinLayerLetters)
        {
            return new PageSource(number, layer, true, $"page {number}: no text layer, OCR used");
        }

        var quality = _options.TextQuality(layer);
        var score = quality.ToString("0.00", CultureInfo.InvariantCulture);
        var limit = _options.MinTextLayerQuality.ToString("0.00", CultureInfo.InvariantCulture);
        return quality < _options.MinTextLayerQuality
            ? new PageSource(number, layer, true, $"page {number}: text layer quality {score} < {limit}, OCR used")
            : new PageSource(number, layer, false, $"page {number}: text layer quality {score} >= {limit}, text layer used");
    }

    /// <summary>The page's embedded JPEG scan written out, or the page to be rasterised from a copy of the PDF.</summary>
    private static PageImage PageImageFor(UglyToad.PdfPig.Content.Page page, int number, TempDirectory work, string pdfCopy, byte[] content)
    {
        if (PdfPageImage.TryGetScan(page) is var (jpeg, dpi))
        {
            var file = work.File($"page-{number:D4}.jpg");
            File.WriteAllBytes(file, jpeg);
            return new PageImage(number, file, dpi, null);
        }

        if (!File.Exists(pdfCopy))
        {
            File.WriteAllBytes(pdfCopy, content);
        }

        return new PageImage(number, null, null, pdfCopy);
    }

    private static ReadResult Compose(byte[] content, string path, List<PageSource> plan, List<PageImage> images, IReadOnlyList<OcrPageResult> ocr)
    {
        var ocrByPage = images.Select((image, i) => (image.Number, Result: ocr[i])).ToDictionary(p => p.Number, p => p.Result);
        var notes = plan.Select(p => p.Reason).ToList();
        var texts = new List<string>();
        var usedOcr = false;
        var usedLayer = false;
        foreach (var page in plan)
        {
            if (page.UseOcr && ocrByPage[page.Number] is { Text: { } ocrText })
            {
                texts.Add(ocrText);
                usedOcr = true;
                continue;
            }

            if (page.UseOcr)
            {
                notes.Add($"page {page.Number}: OCR failed ({ocrByPage[page.Number].Error}); its text layer was kept");
            }

            texts.Add(page.LayerText);
            usedLayer |= page.LayerText.Length > 0;
        }

        return Result(content, path, plan.Count, texts, TextFrom(usedLayer, usedOcr), notes, ocr);
    }

    private static ReadResult Result(byte[] content, string path, int pages, List<string> texts, string textFrom, List<string> notes, IReadOnlyList<OcrPageResult> ocr)
    {
        var text = TongHop.Text.Normalization.VietnameseText.Nfc(string.Join("\n\n", texts.Where(t => t.Length > 0)));
        if (!string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Ok(new SourceText(path, Hashing.Sha256Hex(content), "pdf", pages, textFrom, text), notes);
        }

        var failure = ocr.FirstOrDefault(o => o.Error is not null)?.Error;
        return ReadResult.Fail(failure is null ? "no text was found in the PDF" : $"no text could be read from the PDF: {failure}");
    }

    private static string TextFrom(bool usedLayer, bool usedOcr) =>
        usedLayer && usedOcr ? "pdf-text-layer+ocr" : usedOcr ? "ocr" : "pdf-text-layer";
}
