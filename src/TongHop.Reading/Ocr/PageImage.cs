namespace TongHop.Reading.Ocr;

/// <summary>
/// A page to OCR: encoded image bytes to hand to tesseract as they are (an embedded JPEG, a CCITT image
/// wrapped in a TIFF), an image file already on disk, or a PDF page still to be rendered. <paramref name="Dpi"/>
/// is the image's resolution where known (for a PDF page to render: the resolution to render at).
/// </summary>
/// <param name="Number">1-based page number.</param>
internal sealed record PageImage(int Number, int? Dpi)
{
    public byte[]? Encoded { get; init; }

    /// <summary>File extension for <see cref="Encoded"/> (<c>jpg</c>, <c>tif</c>, <c>png</c>).</summary>
    public string Extension { get; init; } = "jpg";

    public string? ImagePath { get; init; }

    public string? PdfPath { get; init; }

    /// <summary>Clockwise degrees the image must be turned to be upright (the PDF page's /Rotate, a photo's EXIF orientation).</summary>
    public int Rotation { get; init; }

    /// <summary>A black-and-white (CCITT) image: no colour or light to clean.</summary>
    public bool Bilevel { get; init; }
}
