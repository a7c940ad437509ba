using System.Buffers.Binary;

namespace TongHop.Reading.Pdf;

/// <summary>
/// Wraps a PDF's CCITTFaxDecode image stream, unchanged, in a one-strip TIFF (compression 4 for Group 4,
/// 3 for Group 3), which tesseract (through leptonica and libtiff) reads natively: the page is OCR'd at
/// its native resolution without being rasterised or re-encoded.
/// </summary>
internal static class CcittTiff
{
    /// <param name="k">The filter's /K: negative for Group 4, 0 for Group 3 1-D, positive for Group 3 2-D.</param>
    /// <param name="inverted">Whether the page shows the code's black runs white (BlackIs1 or a /Decode [1 0], not both): TIFF photometric BlackIsZero instead of WhiteIsZero.</param>
    /// <param name="byteAligned">/EncodedByteAlign: each row starts on a byte (Group 3 only; TIFF says so with T4Options bit 2).</param>
    public static byte[] Wrap(ReadOnlySpan<byte> data, int width, int height, int k, bool inverted, bool byteAligned, int dpi)
    {
        var entries = new List<(ushort Tag, ushort Type, uint Value)>
        {
            (256, 4, (uint)width),
            (257, 4, (uint)height),
            (258, 3, 1),
            (259, 3, k < 0 ? 4u : 3u),
            // libtiff decodes black runs to 1 bits; WhiteIsZero (0) shows them black.
            (262, 3, inverted ? 1u : 0u),
            (273, 4, 0), // strip offset, filled below
            (277, 3, 1),
            (278, 4, (uint)height),
            (279, 4, (uint)data.Length),
            (282, 5, 0), // x resolution, a rational filled below
            (283, 5, 0),
            (k < 0 ? (ushort)293 : (ushort)292, 4, k < 0 ? 0u : (k > 0 ? 1u : 0u) | (byteAligned ? 4u : 0u)),
            (296, 3, 2),
        };
        entries.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        const int header = 8;
        var ifdSize = 2 + (entries.Count * 12) + 4;
        var rationals = header + ifdSize;
        var strip = rationals + 16;
        var output = new byte[strip + data.Length];
        var span = output.AsSpan();
        "II*\0"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], header);
        BinaryPrimitives.WriteUInt16LittleEndian(span[header..], (ushort)entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (tag, type, value) = entries[i];
            value = tag switch
            {
                273 => (uint)strip,
                282 => (uint)rationals,
                283 => (uint)rationals + 8,
                _ => value,
            };
            var at = span[(header + 2 + (i * 12))..];
            BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], 1);
            if (type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(at[8..], (ushort)value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
            }
        }

        for (var r = 0; r < 2; r++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(rationals + (r * 8))..], (uint)Math.Max(1, dpi));
            BinaryPrimitives.WriteUInt32LittleEndian(span[(rationals + (r * 8) + 4)..], 1);
        }

        data.CopyTo(span[strip..]);
        return output;
    }
}
