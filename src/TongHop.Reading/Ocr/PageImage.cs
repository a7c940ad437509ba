namespace TongHop.Reading.Ocr;

/// <summary>
/// A page to OCR: an image file already on disk (an embedded scan written out, an image's own file),
/// or a PDF page still to be rasterised. <paramref name="Dpi"/> is the image's resolution where known.
/// </summary>
/// <param name="Number">1-based page number.</param>
internal sealed record PageImage(int Number, string? ImagePath, int? Dpi, string? PdfPath);
