using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace TongHop.Reading.Pdf;

/// <summary>
/// Finds the scan inside a scanned PDF page: one JPEG image covering (almost) the whole page, as
/// scanners and img2pdf write it. Its bytes are OCR'd as they are, which is faster and sharper than
/// rasterising the page; other pages are rasterised with pdftoppm.
/// </summary>
internal static class PdfPageImage
{
    private const double MinCoverage = 0.85;

    /// <summary>The JPEG bytes and their resolution in dpi, or <c>null</c> when the page is not a single JPEG scan.</summary>
    public static (byte[] Jpeg, int Dpi)? TryGetScan(Page page)
    {
        var images = page.GetImages().ToList();
        // A rotated page shows its image turned; pdftoppm applies the rotation, the raw bytes would not.
        if (images.Count != 1 || page.Width <= 0 || page.Height <= 0 || page.Rotation.Value != 0)
        {
            return null;
        }

        var image = images[0];
        var coverage = image.BoundingBox.Width * image.BoundingBox.Height / (page.Width * page.Height);
        if (coverage < MinCoverage || !IsPlainJpeg(image))
        {
            return null;
        }

        var dpi = (int)Math.Round(image.WidthInSamples / (image.BoundingBox.Width / 72.0));
        return (image.RawMemory.ToArray(), dpi);
    }

    /// <summary>DCTDecode as the only filter, and no decode array or mask that would change the picture.</summary>
    private static bool IsPlainJpeg(IPdfImage image)
    {
        var dictionary = image.ImageDictionary;
        var filter = dictionary.TryGet(NameToken.Filter, out var token) ? token : null;
        var isDct = filter switch
        {
            NameToken name => name.Data is "DCTDecode" or "DCT",
            ArrayToken { Length: 1 } array => array[0] is NameToken { Data: "DCTDecode" or "DCT" },
            _ => false,
        };
        return isDct && !image.IsImageMask && !dictionary.ContainsKey(NameToken.Decode);
    }
}
