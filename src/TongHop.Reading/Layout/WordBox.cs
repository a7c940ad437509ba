namespace TongHop.Reading.Layout;

/// <summary>
/// One OCR'd word: where it is in the read text (<see cref="Start"/>, <see cref="Length"/>: UTF-16
/// offsets into <see cref="TongHop.Core.Documents.SourceText.Text"/>) and where it is on the page image
/// (pixels from the top-left corner of the image tesseract read), with tesseract's confidence (0–100).
/// </summary>
public readonly record struct WordBox(int Start, int Length, int Left, int Top, int Width, int Height, float Confidence);

/// <summary>
/// The OCR'd words of one page, so a review page can draw an evidence box on the page image:
/// <see cref="Width"/> × <see cref="Height"/> is the size of the image the boxes refer to (after any
/// turn of the page by the preprocessing), <see cref="Dpi"/> its resolution where known.
/// </summary>
public sealed record PageWords(int Page, int Width, int Height, int? Dpi, IReadOnlyList<WordBox> Words)
{
    /// <summary>The same words with their text offsets moved by <paramref name="offset"/> (the page's start in the document).</summary>
    public PageWords Shifted(int offset) =>
        offset == 0 ? this : this with { Words = Words.Select(w => w with { Start = w.Start + offset }).ToList() };
}
