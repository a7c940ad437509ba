using System.Buffers.Binary;
using OpenCvSharp;
using TongHop.Reading.Images;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;
using UglyToad.PdfPig;

namespace TongHop.Reading.Tests.Images;

public sealed class ExifOrientationTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 180)]
    [InlineData(6, 90)]
    [InlineData(8, 270)]
    public void Degrees_ReadsTheTag(ushort orientation, int degrees)
    {
        using var tiny = new Mat(8, 8, MatType.CV_8UC1, Scalar.All(255));
        Assert.Equal(degrees, ExifOrientation.Degrees(WithOrientation(tiny.ImEncode(".jpg"), orientation)));
    }

    [Fact]
    public void Degrees_JpegWithoutExif_IsZero()
    {
        using var tiny = new Mat(8, 8, MatType.CV_8UC1, Scalar.All(255));
        Assert.Equal(0, ExifOrientation.Degrees(tiny.ImEncode(".jpg")));
    }

    [Fact]
    public void Read_PhonePhotoStoredSideways_IsTurnedByItsExifTag()
    {
        using var scan = PdfDocument.Open(FormatFixtures.Path(".scan.pdf"));
        using var page = Cv2.ImDecode(scan.GetPage(2).GetImages().Single().RawMemory.ToArray(), ImreadModes.Grayscale);
        using var sideways = new Mat();
        // A phone held sideways stores the page turned a quarter anticlockwise and says "turn 90° clockwise" (6).
        Cv2.Rotate(page, sideways, RotateFlags.Rotate90Counterclockwise);
        var photo = WithOrientation(sideways.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 85)), 6);
        using var file = new TempFile(photo, ".jpg");

        var result = DocumentReader.CreateDefault(new ReadingOptions { Ocr = Ocr.OcrOptions.FromEnvironment() with { Preprocess = new() { FixOrientation = false } } }).Read(file.Path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("turned 90°", string.Join('\n', result.Notes));
        Assert.Contains("Trần Thị Thu Hà", result.Source.Text);
    }

    /// <summary>The JPEG with an APP1 EXIF segment holding only the orientation tag, right after SOI.</summary>
    private static byte[] WithOrientation(byte[] jpeg, ushort orientation)
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0112);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 3);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation);
        var body = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + body.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }
}
