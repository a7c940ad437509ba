using System.Text;
using TongHop.Reading.Text;
using TongHop.Text.Normalization;

namespace TongHop.Reading.Ocr;

/// <summary>
/// OCRs one image file with the <c>tesseract</c> command line (LSTM engine, automatic page
/// segmentation) and the Vietnamese model of <see cref="OcrOptions"/>. Each call is one process
/// with <c>OMP_THREAD_LIMIT=1</c>: parallelism comes from running pages side by side, which scales
/// better than tesseract's own threads. Thread-safe.
/// </summary>
public sealed class TesseractEngine
{
    private static readonly Dictionary<string, string> SingleThread = new() { ["OMP_THREAD_LIMIT"] = "1" };
    private readonly OcrOptions _options;

    public TesseractEngine(OcrOptions options) => _options = options;

    public OcrOptions Options => _options;

    /// <summary>The text of the image, or the reason it could not be OCR'd.</summary>
    public OcrPageResult Recognize(string imagePath, int? dpi, CancellationToken cancellationToken)
    {
        var outcome = ExternalProcess.Run(_options.TesseractPath, Arguments(imagePath, dpi), _options.PageTimeout, SingleThread, cancellationToken);
        return outcome.Succeeded
            ? OcrPageResult.Ok(CleanOutput(outcome.StandardOutput))
            : OcrPageResult.Fail(outcome.Describe("tesseract", _options.PageTimeout));
    }

    /// <summary>Runs tesseract on a multi-page file (TIFF) in one process; pages are split at form feeds.</summary>
    public (IReadOnlyList<string> Pages, string? Error) RecognizeAll(string imagePath, int pageCount, CancellationToken cancellationToken)
    {
        var timeout = _options.PageTimeout * Math.Max(1, pageCount);
        var outcome = ExternalProcess.Run(_options.TesseractPath, Arguments(imagePath, null), timeout, SingleThread, cancellationToken);
        return outcome.Succeeded
            ? (outcome.StandardOutput.Split('\f').Select(CleanOutput).Where(page => page.Length > 0).ToList(), null)
            : ([], outcome.Describe("tesseract", timeout));
    }

    private List<string> Arguments(string imagePath, int? dpi)
    {
        List<string> arguments = [imagePath, "stdout", "-l", _options.Language, "--oem", "1", "--psm", "3"];
        if (_options.TessdataDir is { } tessdata)
        {
            arguments.AddRange(["--tessdata-dir", tessdata]);
        }

        if (dpi is > 0)
        {
            arguments.AddRange(["--dpi", dpi.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return arguments;
    }

    /// <summary>NFC, no form feeds, no trailing spaces, at most one blank line in a row (tesseract separates blocks by one).</summary>
    internal static string CleanOutput(string output) =>
        TextLines.Join(output.Replace('\f', '\n').Split('\n'));
}
