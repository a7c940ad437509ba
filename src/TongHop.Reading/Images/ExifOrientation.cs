using System.Buffers.Binary;

namespace TongHop.Reading.Images;

/// <summary>
/// The EXIF orientation of a JPEG (a phone photo held sideways stores its pixels sideways and says so in
/// tag 0x0112). Tesseract ignores the tag, so a page whose orientation is not 1 is turned before OCR.
/// </summary>
public static class ExifOrientation
{
    /// <summary>The clockwise turn, in degrees, that shows the photo as taken (0 when there is no tag, or a mirrored orientation).</summary>
    public static int Degrees(ReadOnlySpan<byte> jpeg) => Tag(jpeg) switch
    {
        3 => 180,
        6 => 90,
        8 => 270,
        _ => 0,
    };

    private static int Tag(ReadOnlySpan<byte> jpeg)
    {
        var i = 2;
        while (i + 4 < jpeg.Length && jpeg[i] == 0xFF)
        {
            var marker = jpeg[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 2)..]);
            if (marker is 0xDA or 0xD9)
            {
                return 0; // image data starts: no EXIF before it
            }

            var body = jpeg.Slice(i + 4, Math.Min(length - 2, jpeg.Length - i - 4));
            if (marker == 0xE1 && body.Length > 14 && body[..6].SequenceEqual("Exif\0\0"u8))
            {
                return FromTiff(body[6..]);
            }

            i += 2 + length;
        }

        return 0;
    }

    private static int FromTiff(ReadOnlySpan<byte> tiff)
    {
        var little = tiff[0] == (byte)'I';
        var ifd = (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]));
        if (ifd < 8 || ifd + 2 > tiff.Length)
        {
            return 0;
        }

        var count = U16(tiff, ifd, little);
        for (var e = 0; e < count; e++)
        {
            var at = ifd + 2 + (e * 12);
            if (at + 12 > tiff.Length)
            {
                return 0;
            }

            if (U16(tiff, at, little) == 0x0112)
            {
                return U16(tiff, at + 8, little);
            }
        }

        return 0;
    }

    private static ushort U16(ReadOnlySpan<byte> tiff, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff[at..]) : BinaryPrimitives.ReadUInt16BigEndian(tiff[at..]);
}
