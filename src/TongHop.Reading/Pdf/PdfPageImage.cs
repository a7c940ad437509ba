using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;
using TongHop.Reading.Ocr;

namespace TongHop.Reading.Pdf;

/// <summary>
/// Finds the scan inside a scanned PDF page: one image covering (almost) the whole page, as scanners,
/// img2pdf and tiff2pdf write it. A JPEG (DCTDecode) is OCR'd from its own bytes and a CCITT Group 3/4
/// image from its bytes wrapped in a TIFF (<see cref="CcittTiff"/>), both at their native resolution and
/// never re-encoded; any other page (JBIG2, Flate, text and images mixed) is rendered by pdftoppm as an
/// uncompressed grey PGM, at the resolution of its largest image where it has one.
/// </summary>
internal static class PdfPageImage
{
    private const double MinCoverage = 0.85;
    private const int MinRenderDpi = 150;
    private const int MaxRenderDpi = 600;

    public static PageImage For(Page page, int number, string pdfPath, int defaultDpi)
    {
        var images = page.GetImages().ToList();
        var rotation = page.Rotation.Value;
        if (images.Count == 1 && page.Width > 0 && page.Height > 0)
        {
            var image = images[0];
            var coverage = image.BoundingBox.Width * image.BoundingBox.Height / (page.Width * page.Height);
            var dpi = Dpi(image);
            if (coverage >= MinCoverage && dpi is >= 50 and <= 1200)
            {
                if (IsPlainJpeg(image))
                {
                    return new PageImage(number, dpi) { Encoded = image.RawMemory.ToArray(), Extension = "jpg", Rotation = rotation };
                }

                if (Ccitt(image, dpi) is { } tiff)
                {
                    return new PageImage(number, dpi) { Encoded = tiff, Extension = "tif", Rotation = rotation, Bilevel = true };
                }
            }
        }

        // pdftoppm applies the page's rotation itself.
        var render = images.Count == 0 ? defaultDpi : Math.Clamp(images.Select(Dpi).Max(), MinRenderDpi, MaxRenderDpi);
        return new PageImage(number, render) { PdfPath = pdfPath };
    }

    private static int Dpi(IPdfImage image) =>
        image.BoundingBox.Width <= 0 ? 0 : (int)Math.Round(image.WidthInSamples / (image.BoundingBox.Width / 72.0));

    private static string? SingleFilter(DictionaryToken dictionary) =>
        (dictionary.TryGet(NameToken.Filter, out var token) ? token : null) switch
        {
            NameToken name => name.Data,
            ArrayToken { Length: 1 } array when array[0] is NameToken name => name.Data,
            _ => null,
        };

    /// <summary>DCTDecode as the only filter, and no decode array or mask that would change the picture.</summary>
    private static bool IsPlainJpeg(IPdfImage image) =>
        SingleFilter(image.ImageDictionary) is "DCTDecode" or "DCT" && !image.IsImageMask && !image.ImageDictionary.ContainsKey(NameToken.Decode);

    /// <summary>A CCITTFaxDecode image as a TIFF file's bytes, or <c>null</c> when its parameters are not ones a TIFF can say.</summary>
    private static byte[]? Ccitt(IPdfImage image, int dpi)
    {
        var dictionary = image.ImageDictionary;
        if (SingleFilter(dictionary) is not ("CCITTFaxDecode" or "CCF") || image.BitsPerComponent != 1)
        {
            return null;
        }

        var parameters = DecodeParameters(dictionary);
        var k = Number(parameters, "K") ?? 0;
        var columns = Number(parameters, "Columns") ?? 1728;
        var rows = Number(parameters, "Rows") ?? 0;
        var blackIs1 = Flag(parameters, "BlackIs1");
        var byteAligned = Flag(parameters, "EncodedByteAlign");
        if (columns != image.WidthInSamples || (rows != 0 && rows != image.HeightInSamples) || (byteAligned && k < 0))
        {
            return null;
        }

        // A black run decodes to 0 samples (1 with BlackIs1); sample 0 shows black unless /Decode is [1 0].
        var decodeInverted = dictionary.TryGet(NameToken.Decode, out var decode) && decode is ArrayToken { Length: 2 } d && d[0] is NumericToken { Int: 1 };
        var runsShownBlack = blackIs1 == decodeInverted;
        return CcittTiff.Wrap(image.RawMemory.Span, columns, image.HeightInSamples, k, !runsShownBlack, byteAligned, dpi);
    }

    private static DictionaryToken? DecodeParameters(DictionaryToken dictionary)
    {
        var token = dictionary.TryGet(NameToken.DecodeParms, out var found) ? found
            : dictionary.TryGet(NameToken.Create("DP"), out var shortName) ? shortName : null;
        return token switch
        {
            DictionaryToken parameters => parameters,
            ArrayToken { Length: 1 } array => array[0] as DictionaryToken,
            _ => null,
        };
    }

    private static int? Number(DictionaryToken? parameters, string name) =>
        parameters is not null && parameters.TryGet(NameToken.Create(name), out var token) && token is NumericToken number ? number.Int : null;

    private static bool Flag(DictionaryToken? parameters, string name) =>
        parameters is not null && parameters.TryGet(NameToken.Create(name), out var token) && token is BooleanToken { Data: true };
}
