using TongHop.Core.Documents;

namespace TongHop.Reading.Text;

/// <summary>
/// Reads plain text in UTF-8, UTF-16 (with or without BOM), Windows-1258, TCVN3 or VNI (see <see cref="TextDecoder"/>),
/// and reports the detected encoding in <see cref="SourceText.Encoding"/>.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <summary>Plain text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI.</summary>
    public static InputFormat Declared { get; } = new("text", "text", [".txt"]);

    public InputFormat Format => Declared;

    public bool CanRead(ReadOnlySpan<byte> head, string path) =>
        TextDecoder.HasUtf16Bom(head) || TextDecoder.Utf16WithoutBom(head) is not null || !BinarySniffer.LooksBinary(head);

    public ReadResult Read(byte[] content, string path, ReadContext context)
    {
        // No encoding spends more than 4 bytes on a character: a file this large is too long before it is decoded.
        if (content.Length / 4 > DocumentReader.MaxTextChars)
        {
            return DocumentReader.TooLong(content.Length / 4, atLeast: true);
        }

        var decoded = TextDecoder.Decode(content);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return ReadResult.Fail("the file contains no text");
        }

        var source = new SourceText(path, Hashing.Sha256Hex(content), "txt", null, "plain", decoded.Text, decoded.Encoding);
        return ReadResult.Ok(source, [$"text encoding: {decoded.Encoding}"]);
    }
}
