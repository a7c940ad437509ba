using System.Buffers.Binary;

namespace TongHop.Reading.Images;

/// <summary>
/// Reads the pixel size of PNG, JPEG and TIFF images from their headers without decoding them, so an
/// oversized image is refused before any tool allocates it. Bounded: a JPEG scan stops at the first
/// frame header, a TIFF walk at <see cref="MaxTiffPages"/> pages or a repeated offset.
/// </summary>
public static class ImageHeader
{
    public const int MaxTiffPages = 1000;

    /// <summary>The image's size per page, or <c>null</c> when the header is damaged.</summary>
    public static ImageInfo? TryRead(ReadOnlySpan<byte> content) =>
        FileSignature.IsPng(content) ? Png(content)
        : FileSignature.IsJpeg(content) ? Jpeg(content)
        : FileSignature.IsTiff(content) ? Tiff(content)
        : null;

    // PNG: the IHDR chunk comes first; width and height are big-endian at offsets 16 and 20.
    private static ImageInfo? Png(ReadOnlySpan<byte> content) =>
        content.Length < 24 || !content[12..16].SequenceEqual("IHDR"u8)
            ? null
            : new ImageInfo("png", [(ReadInt(content[16..]), ReadInt(content[20..]))]);

    private static int ReadInt(ReadOnlySpan<byte> bytes) => (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(bytes));

    // JPEG: walk the marker segments to the first SOFn (C0–CF except C4 DHT, C8 JPG, CC DAC).
    private static ImageInfo? Jpeg(ReadOnlySpan<byte> content)
    {
        var i = 2;
        while (i + 9 < content.Length)
        {
            if (content[i] != 0xFF)
            {
                return null;
            }

            var marker = content[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(content[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(content[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(content[(i + 7)..]);
                return new ImageInfo("jpeg", [(width, height)]);
            }

            i += 2 + length;
        }

        return null;
    }

    private static ImageInfo? Tiff(ReadOnlySpan<byte> content)
    {
        var little = content[0] == (byte)'I';
        var pages = new List<(int, int)>();
        var seen = new HashSet<long>();
        long offset = ReadUInt32(content, 4, little);
        while (offset != 0 && pages.Count < MaxTiffPages && seen.Add(offset))
        {
            if (TiffPage(content, offset, little, out var size, out var next) is false)
            {
                return null;
            }

            pages.Add(size);
            offset = next;
        }

        return pages.Count == 0 ? null : new ImageInfo("tiff", pages);
    }

    /// <summary>Reads one IFD: ImageWidth (256) and ImageLength (257), and the next IFD's offset.</summary>
    private static bool TiffPage(ReadOnlySpan<byte> content, long offset, bool little, out (int Width, int Height) size, out long next)
    {
        size = default;
        next = 0;
        if (offset + 2 > content.Length)
        {
            return false;
        }

        var count = ReadUInt16(content, (int)offset, little);
        var end = offset + 2 + (count * 12L);
        if (end + 4 > content.Length)
        {
            return false;
        }

        for (var e = 0; e < count; e++)
        {
            var entry = (int)offset + 2 + (e * 12);
            var tag = ReadUInt16(content, entry, little);
            var type = ReadUInt16(content, entry + 2, little);
            // SHORT (3) values sit in the first two bytes of the value field, LONG (4) in all four.
            var value = type == 3 ? ReadUInt16(content, entry + 8, little) : (int)Math.Min(int.MaxValue, ReadUInt32(content, entry + 8, little));
            size = tag == 256 ? (value, size.Height) : tag == 257 ? (size.Width, value) : size;
        }

        next = ReadUInt32(content, (int)end, little);
        return size.Width > 0 && size.Height > 0;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> content, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(content[at..]) : BinaryPrimitives.ReadUInt16BigEndian(content[at..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> content, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(content[at..]) : BinaryPrimitives.ReadUInt32BigEndian(content[at..]);
}
