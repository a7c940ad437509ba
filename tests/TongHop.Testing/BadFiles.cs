using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TongHop.Testing;

/// <summary>
/// A bad file a unit may send, made by the tests (nothing is kept on disk): its <see cref="FileName"/>, its bytes and
/// the words the reader's English reason must contain (<see cref="Reason"/>), as the command line prints it.
/// </summary>
public sealed record BadFile(string Kind, string FileName, Func<byte[]> Make, string Reason)
{
    public override string ToString() => Kind;
}

/// <summary>
/// The bad-input corpus, generated: truncated and corrupt PDFs, DOCX packages that are damaged, not Word, zip bombs or
/// full of parts, images with absurd dimensions or broken headers, wrong formats behind a familiar extension, empty and
/// over-size files, text with no text in it. The command line and the upload API both run every one of them.
/// </summary>
public static class BadFiles
{
    public static IReadOnlyList<BadFile> All { get; } =
    [
        new("empty PDF", "trong.pdf", () => [], "is empty"),
        new("empty text", "trong.txt", () => [], "is empty"),
        new("truncated PDF", "cat-cut.pdf", () => Truncated(PdfFixtureWriter.Write("Báo cáo kết quả chuyển đổi số quý III.\nToàn huyện có 31 trạm BTS.")), "truncated"),
        new("PDF header then noise", "nhieu.pdf", () => [.. "%PDF-1.7\n"u8, .. Noise(30_000, 11), .. "\n%%EOF\n"u8], "damaged"),
        new("web page named .pdf", "trang-web.pdf", () => "<!DOCTYPE html>\n<html><head><title>Lỗi</title></head><body>Phiên đăng nhập đã hết hạn</body></html>"u8.ToArray(), "HTML web page"),
        new("program named .pdf", "chuong-trinh.pdf", () => [.. "MZ"u8, 0x90, 0, .. Noise(8_000, 12)], "unsupported file format"),
        new("truncated DOCX", "cat-cut.docx", () => Truncated(Docx("Báo cáo tháng 10: 9 điểm phục vụ bưu chính.")), "damaged"),
        new("ZIP that is not Word", "nen.docx", () => Zip(("bang-so-lieu.csv", "ma,gia tri\n1,2\n"u8.ToArray())), "ZIP archive but not a Word"),
        new("DOCX zip bomb (300 MB of text in 300 KB)", "bom.docx", () => DocxBomb(300), "zip bomb"),
        new("DOCX with 6,000 parts", "nhieu-phan.docx", () => Zip([.. Enumerable.Range(0, 6000).Select(i => ($"customXml/item{i}.xml", Array.Empty<byte>()))]), "more than 5000 are refused"),
        new("RAR named .docx", "nen.docx", () => [.. "Rar!\u001A\u0007\0"u8, .. Noise(4_000, 13)], "unsupported file format"),
        new("legacy Word .doc", "cu.doc", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], ".doc"),
        new("PNG of 40000×40000", "anh-lon.png", () => ImageHeader("png", 40_000, 40_000), "40000×40000 pixels"),
        new("JPEG of 65000×65000", "anh-lon.jpg", () => ImageHeader("jpeg", 65_000, 65_000), "65000×65000 pixels"),
        new("TIFF of 30000×30000", "anh-lon.tif", () => ImageHeader("tiff", 30_000, 30_000), "30000×30000 pixels"),
        new("PNG with a broken header", "hong.png", () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x51, 0x52], "damaged"),
        new("GIF named .png", "anh.png", () => [.. "GIF89a"u8, .. Noise(300, 14)], "unsupported file format"),
        new("random bytes named .txt", "ngau-nhien.txt", () => Noise(20_000, 15), "unsupported file format"),
        new("text with NUL bytes", "nul.txt", () => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("so lieu\0\0\0 12\0", 200))), "unsupported file format"),
        new("only line breaks (3 MB)", "xuong-dong.txt", () => Encoding.ASCII.GetBytes(new string('\n', 3 * 1024 * 1024)), "no text"),
    ];

    /// <summary>The first 40% of <paramref name="bytes"/>: a download that stopped.</summary>
    private static byte[] Truncated(byte[] bytes) => bytes[..(bytes.Length * 2 / 5)];

    private static byte[] Noise(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private const string BodyStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
    private const string BodyEnd = "</w:t></w:r></w:p></w:body></w:document>";

    /// <summary>A minimal Word document of one paragraph.</summary>
    public static byte[] Docx(string paragraph) =>
        Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("_rels/.rels", Encoding.UTF8.GetBytes(Rels)),
            ("word/document.xml", Encoding.UTF8.GetBytes(BodyStart + System.Security.SecurityElement.Escape(paragraph) + BodyEnd)));

    /// <summary>A Word document whose one paragraph is <paramref name="megabytes"/> MB of one letter: it compresses a thousandfold.</summary>
    private static byte[] DocxBomb(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
            Write(zip, "_rels/.rels", Encoding.UTF8.GetBytes(Rels));
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            document.Write(Encoding.UTF8.GetBytes(BodyStart));
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < megabytes; i++)
            {
                document.Write(block);
            }

            document.Write(Encoding.UTF8.GetBytes(BodyEnd));
        }

        return buffer.ToArray();

        static void Write(ZipArchive zip, string name, byte[] content)
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }
    }

    /// <summary>Only the header of an image: enough for its dimensions, nothing to decode.</summary>
    private static byte[] ImageHeader(string kind, int width, int height)
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
                // SOI, then a baseline start-of-frame: length 17, precision 8, height, width.
                ((byte[])[0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08]).CopyTo(bytes.AsSpan());
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(7), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(9), (ushort)width);
                break;
            default:
                // Big-endian TIFF this time: the first IFD at 8 with two LONG entries (width 256, height 257).
                ((byte[])[.. "MM\0*"u8, 0, 0, 0, 8, 0, 2]).CopyTo(bytes.AsSpan());
                Entry(bytes.AsSpan(10), 256, width);
                Entry(bytes.AsSpan(22), 257, height);
                break;
        }

        return bytes;

        static void Entry(Span<byte> entry, ushort tag, int value)
        {
            BinaryPrimitives.WriteUInt16BigEndian(entry, tag);
            BinaryPrimitives.WriteUInt16BigEndian(entry[2..], 4);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], 1);
            BinaryPrimitives.WriteInt32BigEndian(entry[8..], value);
        }
    }
}
