using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;

namespace TongHop.Reading.Tests;

/// <summary>Files that units really send by mistake: each must fail with a clear reason, quickly, without throwing.</summary>
public sealed class BadInputTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault();

    [Fact]
    public void Read_HtmlNamedPdf_SaysItIsAWebPage()
    {
        var error = Fail(Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body>404 Không tìm thấy</body></html>"), ".pdf");
        Assert.Contains("HTML web page", error);
        Assert.Contains("named .pdf", error);
    }

    [Fact]
    public void Read_EncryptedPdf_SaysPasswordProtected()
    {
        Assert.Contains("password-protected", Fail(HandMadePdf.Encrypted(), ".pdf"));
    }

    [Fact]
    public void Read_TruncatedPdf_SaysDamagedOrTruncated()
    {
        var pdf = PdfFixtureWriter.Write(FormatFixtures.CleanText);
        Assert.Contains("truncated", Fail(pdf[..(pdf.Length * 2 / 5)], ".pdf"));
    }

    [Fact]
    public void Read_PdfHeaderThenGarbage_SaysDamaged()
    {
        var garbage = new byte[20_000];
        new Random(3).NextBytes(garbage);
        Assert.Contains("damaged", Fail([.. "%PDF-1.7\n"u8, .. garbage, .. "\n%%EOF\n"u8], ".pdf"));
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    [InlineData("tiff")]
    public void Read_Image20000By20000_IsRefusedFromItsHeader(string kind)
    {
        var clock = Stopwatch.StartNew();
        var error = Fail(HugeImageHeader(kind, 20000, 20000), "." + kind);
        Assert.Contains("20000×20000 pixels", error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Read_ImageWithDamagedHeader_SaysDamaged()
    {
        Assert.Contains("damaged", Fail([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x58, 0x58], ".png"));
    }

    [Fact]
    public void Read_LegacyWordDoc_SaysNotSupported()
    {
        Assert.Contains(".doc", Fail([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], ".doc"));
    }

    [Fact]
    public void Read_EmptyPdf_SaysEmpty()
    {
        Assert.Contains("empty", Fail([], ".pdf"));
    }

    [Fact]
    public void Read_48MegabyteOneLineText_IsRefusedBeforeDecoding_WithinBoundedMemory()
    {
        // Under the 50 MiB file limit, but no report: one line of 48 MB. It once took the server to 5.8 GB.
        var content = new byte[48 * 1024 * 1024];
        Array.Fill(content, (byte)'a');
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = _reader.Read(content, "mot-dong.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("characters are refused", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 * 1024 * 1024, "allocated " + (GC.GetAllocatedBytesForCurrentThread() - allocated));
    }

    [Fact]
    public void Read_TextJustOverTheCharacterLimit_IsRefused_JustUnderIsRead()
    {
        static byte[] Text(int chars) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Có 12 trạm BTS.\n", chars / 16 + 1))[..chars]);
        var over = _reader.Read(Text(DocumentReader.MaxTextChars + 100), "dai.txt");
        Assert.False(over.Succeeded);
        Assert.Contains("2,000,000 characters are refused", over.Error, StringComparison.Ordinal);
        var under = _reader.Read(Text(DocumentReader.MaxTextChars - 100), "dai.txt");
        Assert.True(under.Succeeded, under.Error);
    }

    private string Fail(byte[] content, string extension)
    {
        using var file = new TempFile(content, extension);
        var result = _reader.Read(file.Path);
        Assert.False(result.Succeeded, "expected a failure");
        return result.Error;
    }

    /// <summary>Only the header of an image: enough for the size check, nothing to decode.</summary>
    private static byte[] HugeImageHeader(string kind, int width, int height)
    {
        var bytes = new byte[64];
        switch (kind)
        {
            case "png":
                ((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8]).CopyTo(bytes.AsSpan());
                BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
                BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
                break;
            case "jpeg":
                // SOI, then an SOF0 segment: length 17, precision 8, height, width.
                ((byte[])[0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08]).CopyTo(bytes.AsSpan());
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(7), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(9), (ushort)width);
                break;
            default:
                // Little-endian TIFF, first IFD at 8 with two LONG entries (256 width, 257 height), no next IFD.
                ((byte[])[.. "II*\0"u8, 8, 0, 0, 0, 2, 0]).CopyTo(bytes.AsSpan());
                WriteTiffEntry(bytes.AsSpan(10), 256, width);
                WriteTiffEntry(bytes.AsSpan(22), 257, height);
                break;
        }

        return bytes;
    }

    private static void WriteTiffEntry(Span<byte> entry, ushort tag, int value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(entry[8..], value);
    }
}
