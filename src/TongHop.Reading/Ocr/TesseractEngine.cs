using System.Globalization;
using TongHop.Reading.Layout;

namespace TongHop.Reading.Ocr;

/// <summary>
/// OCRs one image file with the <c>tesseract</c> command line (LSTM engine, automatic page
/// segmentation) and the Vietnamese model of <see cref="OcrOptions"/>, asking for its TSV output (every
/// word with its box), from which <see cref="PageLayout"/> writes the page's lines: header columns and
/// table cells apart, separated by TABs. Each call is one process with <c>OMP_THREAD_LIMIT=1</c>:
/// parallelism comes from running pages side by side, which scales better than tesseract's own
/// threads. Thread-safe.
/// </summary>
public sealed class TesseractEngine
{
    private static readonly Dictionary<string, string> SingleThread = new() { ["OMP_THREAD_LIMIT"] = "1" };
    private readonly OcrOptions _options;

    public TesseractEngine(OcrOptions options) => _options = options;

    public OcrOptions Options => _options;

    /// <summary>The text and word boxes of the image (page number <paramref name="page"/>), or the reason it could not be OCR'd.</summary>
    /// <param name="pageSegmentation">Tesseract's <c>--psm</c>: 3, automatic (columns, pictures left out), by default;
    /// 6 reads the image as one block of text (<see cref="MissedText"/>).</param>
    public OcrPageResult Recognize(string imagePath, int page, int? dpi, CancellationToken cancellationToken, int pageSegmentation = 3)
    {
        var outcome = ExternalProcess.Run(_options.TesseractPath, Arguments(imagePath, dpi, pageSegmentation), _options.PageTimeout, SingleThread, cancellationToken);
        if (!outcome.Succeeded)
        {
            return OcrPageResult.Fail(outcome.Describe("tesseract", _options.PageTimeout));
        }

        var pages = TesseractTsv.Parse(outcome.StandardOutput);
        return pages.Count == 0 ? OcrPageResult.Ok("", new PageWords(page, 0, 0, dpi, [])) : Layout(pages[0], page, dpi);
    }

    /// <summary>Runs tesseract on a multi-page file (TIFF) in one process; one result a page, in order.</summary>
    public (IReadOnlyList<OcrPageResult> Pages, string? Error) RecognizeAll(string imagePath, int pageCount, CancellationToken cancellationToken)
    {
        var timeout = _options.PageTimeout * Math.Max(1, pageCount);
        var outcome = ExternalProcess.Run(_options.TesseractPath, Arguments(imagePath, null), timeout, SingleThread, cancellationToken);
        return outcome.Succeeded
            ? (TesseractTsv.Parse(outcome.StandardOutput).Select((p, i) => Layout(p, i + 1, null)).ToList(), null)
            : ([], outcome.Describe("tesseract", timeout));
    }

    /// <summary>
    /// Tesseract's orientation and script detection (<c>--psm 0</c>): the clockwise turn, in degrees
    /// (0, 90, 180, 270), that puts the page upright, or <c>null</c> when it cannot tell.
    /// </summary>
    public int? DetectRotation(string imagePath, int? dpi, CancellationToken cancellationToken)
    {
        List<string> arguments = [imagePath, "stdout", "--psm", "0"];
        if (dpi is > 0)
        {
            arguments.AddRange(["--dpi", dpi.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        var outcome = ExternalProcess.Run(_options.TesseractPath, arguments, _options.PageTimeout, SingleThread, cancellationToken);
        if (!outcome.Succeeded)
        {
            return null;
        }

        int? rotate = null;
        double confidence = 0;
        foreach (var line in outcome.StandardOutput.Split('\n'))
        {
            var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            if (parts[0] == "Rotate" && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var degrees))
            {
                rotate = degrees;
            }
            else if (parts[0] == "Orientation confidence")
            {
                _ = double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out confidence);
            }
        }

        // Below about 2 tesseract's own guess is a coin toss (its documentation's rule of thumb).
        return rotate is { } r && confidence >= 2 ? r : null;
    }

    private OcrPageResult Layout(OcrPage ocr, int page, int? dpi)
    {
        var (text, boxes) = PageLayout.Compose(_options.DropNoiseWords ? ocr with { Words = OcrNoise.Without(ocr.Words) } : ocr);
        return OcrPageResult.Ok(text, new PageWords(page, ocr.Width, ocr.Height, dpi, boxes));
    }

    private List<string> Arguments(string imagePath, int? dpi, int pageSegmentation = 3)
    {
        List<string> arguments = [imagePath, "stdout", "-l", _options.Language, "--oem", "1", "--psm", pageSegmentation.ToString(CultureInfo.InvariantCulture)];
        if (_options.TessdataDir is { } tessdata)
        {
            arguments.AddRange(["--tessdata-dir", tessdata]);
        }

        if (dpi is > 0)
        {
            arguments.AddRange(["--dpi", dpi.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        foreach (var (name, value) in _options.TesseractVariables)
        {
            arguments.AddRange(["-c", $"{name}={value}"]);
        }

        arguments.Add("tsv");
        return arguments;
    }
}
