using TongHop.Reading.Layout;

namespace TongHop.Reading.Ocr;

/// <summary>
/// The OCR text of one page with its word boxes (offsets into <see cref="Text"/>), or why the page could
/// not be read (timeout, tesseract error). <see cref="Notes"/> says what the preprocessing did to the page.
/// </summary>
public sealed record OcrPageResult(string? Text, string? Error)
{
    public PageWords? Words { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Time spent on this page, step by step.</summary>
    public PageTimes Times { get; init; }

    /// <summary>Tesseract's mean word confidence (0–100), or <c>null</c> when no word was read.</summary>
    public double? MeanConfidence => Words is { Words.Count: > 0 } page ? page.Words.Average(w => w.Confidence) : null;

    /// <summary>
    /// The page's letters and digits, each weighted by its word's confidence (0–1): how much text tesseract is sure of.
    /// Unlike <see cref="MeanConfidence"/>, a reading that reads more of a hard part of the page (a faint list it read
    /// as words, not left out or broken into specks) scores higher for it.
    /// </summary>
    public double ConfidentLetters =>
        Text is { } text && Words is { } page
            ? page.Words.Sum(w => w.Confidence / 100.0 * CountLetters(text.AsSpan(w.Start, w.Length)))
            : 0;

    public static OcrPageResult Ok(string text, PageWords? words = null) => new(text, null) { Words = words };

    public static OcrPageResult Fail(string error) => new(null, error);

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var c in word)
        {
            n += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return n;
    }
}

/// <summary>
/// Where a page's reading time went: getting its image (writing the embedded bytes out, or rendering the
/// PDF page), cleaning it (<see cref="Preprocessing.PagePreprocessor"/>), and tesseract (OCR, and orientation detection when asked).
/// </summary>
public readonly record struct PageTimes(TimeSpan Image, TimeSpan Preprocess, TimeSpan Tesseract)
{
    public static PageTimes operator +(PageTimes a, PageTimes b) => new(a.Image + b.Image, a.Preprocess + b.Preprocess, a.Tesseract + b.Tesseract);
}
