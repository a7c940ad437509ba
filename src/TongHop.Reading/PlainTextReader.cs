using System.Text;
using TongHop.Core.Documents;
using TongHop.Text.Normalization;

namespace TongHop.Reading;

/// <summary>Reads plain text in UTF-8 (with or without BOM). Other encodings are refused with a clear message.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public bool CanRead(ReadOnlySpan<byte> head, string path) => !BinarySniffer.LooksBinary(head);

    public ReadResult Read(byte[] content, string path, CancellationToken cancellationToken)
    {
        var offset = content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(content, offset, content.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return ReadResult.Fail("the file is not valid UTF-8 text");
        }

        text = VietnameseText.Nfc(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail("the file contains no text");
        }

        return ReadResult.Ok(new SourceText(path, Hashing.Sha256Hex(content), "txt", null, "plain", text, "utf-8"));
    }
}
