using System.Text;
using TongHop.Core.Documents;
using TongHop.Core.Files;
using TongHop.Reading.Layout;
using TongHop.Reading.Ocr;

namespace TongHop.Reading.Images;

/// <summary>
/// Reads a scanned page or photo (PNG, JPEG, single- or multi-page TIFF) with tesseract; a single page is
/// cleaned first (<see cref="Preprocessing.PagePreprocessor"/>), a phone photo turned by its EXIF orientation. The pixel size
/// of every page is checked from the header first, and too large an image is refused without decoding.
/// </summary>
public sealed class ImageReader : IDocumentReader
{
    private readonly TesseractEngine _engine;
    private readonly PageOcr _page;

    public ImageReader(OcrOptions options)
    {
        _engine = new TesseractEngine(options);
        _page = new PageOcr(_engine, options.Preprocess);
    }

    /// <summary>Scans and photos: PNG, JPEG, TIFF (several pages).</summary>
    public static InputFormat Declared { get; } = new("image", "an image", [".png", ".jpg", ".jpeg", ".tif", ".tiff"]);

    public InputFormat Format => Declared;

    public bool CanRead(ReadOnlySpan<byte> head, string path) =>
        FileSignature.IsPng(head) || FileSignature.IsJpeg(head) || FileSignature.IsTiff(head);

    public ReadResult Read(byte[] content, string path, ReadContext context)
    {
        var info = ImageHeader.TryRead(content);
        if (info is null)
        {
            return ReadResult.Fail("the image is damaged: its header cannot be read");
        }

        if (Refusal(info) is { } refused)
        {
            return ReadResult.Fail(refused);
        }

        try
        {
            return Recognize(content, path, info, context);
        }
        catch (OperationCanceledException)
        {
            return ReadResult.Fail("reading was cancelled");
        }
    }

    private string? Refusal(ImageInfo info)
    {
        var options = _engine.Options;
        if (info.Pages.Count > options.MaxPages)
        {
            return $"the image has {info.Pages.Count} pages; more than {options.MaxPages} are refused";
        }

        var (width, height) = info.Pages.MaxBy(p => (long)p.Width * p.Height);
        return (long)width * height > options.MaxImagePixels
            ? $"the image is {width}×{height} pixels; images over {options.MaxImagePixels / 1_000_000} megapixels are refused"
            : null;
    }

    private ReadResult Recognize(byte[] content, string path, ImageInfo info, ReadContext context)
    {
        using var work = new TempDirectory("tonghop-read-");
        var image = work.File("image." + info.Kind);
        File.WriteAllBytes(image, content);
        context.Report(path, "ocr", 0, info.Pages.Count);
        IReadOnlyList<OcrPageResult> pages;
        if (info.Pages.Count == 1)
        {
            var rotation = info.Kind == "jpeg" ? ExifOrientation.Degrees(content) : 0;
            var page = _page.Read(new PageImage(1, null) { ImagePath = image, Rotation = rotation }, work.Path, context.CancellationToken);
            if (page.Error is { } failed)
            {
                return ReadResult.Fail($"the image could not be OCR'd: {failed}");
            }

            pages = [page];
        }
        else
        {
            var (all, error) = _engine.RecognizeAll(image, info.Pages.Count, context.CancellationToken);
            if (error is not null)
            {
                return ReadResult.Fail($"the image could not be OCR'd: {error}");
            }

            pages = all;
        }

        context.Report(path, "ocr", info.Pages.Count, info.Pages.Count);
        var text = new StringBuilder();
        var boxes = new List<PageWords>();
        foreach (var page in pages.Where(p => !string.IsNullOrEmpty(p.Text)))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            if (page.Words is { } words)
            {
                boxes.Add(words.Shifted(text.Length));
            }

            text.Append(page.Text);
        }

        var notes = new List<string> { $"{info.Kind} image, {info.Pages.Count} page(s), OCR'd with tesseract" };
        notes.AddRange(pages.SelectMany(p => p.Notes));
        return string.IsNullOrWhiteSpace(text.ToString())
            ? ReadResult.Fail("no text was found in the image")
            : ReadResult.Ok(new SourceText(path, Hashing.Sha256Hex(content), "image", info.Pages.Count, "ocr", text.ToString()), notes) with { Pages = boxes, OcrTimes = pages.Aggregate(default(PageTimes), (sum, page) => sum + page.Times) };
    }
}
