namespace TongHop.Reading.Ocr;

/// <summary>The OCR text of one page, or why the page could not be read (timeout, tesseract error).</summary>
public sealed record OcrPageResult(string? Text, string? Error)
{
    public static OcrPageResult Ok(string text) => new(text, null);

    public static OcrPageResult Fail(string error) => new(null, error);
}
