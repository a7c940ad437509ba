using System.Globalization;
using System.Text;
using TongHop.Core.Documents;
using TongHop.Core.Files;
using TongHop.Reading.Layout;
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
        _ocr = new ParallelPageOcr(new PageOcr(new TesseractEngine(options.Ocr), options.Ocr.Preprocess));
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
            using var work = new TempDirectory("tonghop-read-");
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
        var pdfCopy = work.File("document.pdf");
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var stamped = PdfAnnotationText.HasAppearances(page)
                ? PdfAnnotationText.StampedWords(page, number, Copy(pdfCopy, content), _options.PdftotextPath, _options.Ocr.PageTimeout, context.CancellationToken)
                : [];
            var (layer, words) = PdfTextLayer.Read(page, stamped);
            plan.Add(Decide(number, layer) with { LayerWords = words });
        }

        var toOcr = plan.Where(p => p.UseOcr).Select(p => p.Number).ToList();
        if (toOcr.Count > 0)
        {
            Copy(pdfCopy, content);
        }

        // Lazily: the workers take page 1's image and start on it while later pages are still being extracted.
        var images = toOcr.Select(number => PdfPageImage.For(document.GetPage(number), number, pdfCopy, _options.Ocr.RasterDpi));
        var ocr = _ocr.Run(images, toOcr.Count, work.Path, path, context);
        return Compose(content, path, plan, toOcr, ocr);
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

    // The PDF written once to the work folder, for the command-line tools that read it (pdftotext, the rasteriser).
    private static string Copy(string pdfCopy, byte[] content)
    {
        if (!File.Exists(pdfCopy))
        {
            File.WriteAllBytes(pdfCopy, content);
        }

        return pdfCopy;
    }

    private static ReadResult Compose(byte[] content, string path, List<PageSource> plan, List<int> ocrPages, IReadOnlyList<OcrPageResult> ocr)
    {
        var ocrByPage = ocrPages.Select((number, i) => (number, Result: ocr[i])).ToDictionary(p => p.number, p => p.Result);
        var notes = plan.Select(p => p.Reason).ToList();
        var text = new StringBuilder();
        var boxes = new List<PageWords>();
        var usedOcr = false;
        var usedLayer = false;
        foreach (var page in plan)
        {
            var result = page.UseOcr ? ocrByPage[page.Number] : null;
            if (result is { Text: { } ocrText })
            {
                notes.AddRange(result.Notes.Select(n => $"page {page.Number}: {n}"));
                usedOcr = true;
                var start = Append(text, ocrText);
                if (result.Words is { } words && start >= 0)
                {
                    boxes.Add(words.Shifted(start));
                }

                continue;
            }

            if (result is not null)
            {
                notes.Add($"page {page.Number}: OCR failed ({result.Error}); its text layer was kept");
            }

            var layerStart = Append(text, page.LayerText);
            usedLayer |= page.LayerText.Length > 0;
            if (layerStart >= 0 && page.LayerWords is { Words.Count: > 0 } layerWords)
            {
                boxes.Add(layerWords.Shifted(layerStart));
            }
        }

        var joined = text.ToString();
        var normalised = TongHop.Text.Normalization.VietnameseText.Nfc(joined);
        if (!string.IsNullOrWhiteSpace(normalised))
        {
            // OCR words are NFC already; should a text layer not be, its offsets would move: keep no boxes then.
            // (Text-layer pages' boxes are in the PDF's own frame, OCR'd pages' in their raster's: each page says its size.)
            var source = new SourceText(path, Hashing.Sha256Hex(content), "pdf", plan.Count, TextFrom(usedLayer, usedOcr), normalised);
            return ReadResult.Ok(source, notes) with
            {
                Pages = normalised.Length == joined.Length && normalised == joined ? boxes : [],
                OcrTimes = ocr.Aggregate(default(PageTimes), (sum, page) => sum + page.Times),
            };
        }

        var failure = ocr.FirstOrDefault(o => o.Error is not null)?.Error;
        return ReadResult.Fail(failure is null ? "no text was found in the PDF" : $"no text could be read from the PDF: {failure}");
    }

    /// <summary>Appends a page's text after a blank line (pages are joined by one); returns where it starts, or −1 when it is empty.</summary>
    private static int Append(StringBuilder text, string page)
    {
        if (page.Length == 0)
        {
            return -1;
        }

        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        var start = text.Length;
        text.Append(page);
        return start;
    }

    private static string TextFrom(bool usedLayer, bool usedOcr) =>
        usedLayer && usedOcr ? "pdf-text-layer+ocr" : usedOcr ? "ocr" : "pdf-text-layer";
}
