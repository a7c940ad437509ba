namespace TongHop.Reading;

/// <summary>
/// Recognises formats TongHop does not read but that units do send, so the user gets a precise reason
/// ("an HTML page, not a report") instead of a generic one, and such files are not misread as text.
/// </summary>
public sealed class KnownUnsupportedReader : IDocumentReader
{
    public bool CanRead(ReadOnlySpan<byte> head, string path) => Describe(head) is not null;

    public ReadResult Read(byte[] content, string path, ReadContext context)
    {
        var what = Describe(content.AsSpan(0, Math.Min(content.Length, 8192))) ?? "a file of an unsupported format";
        var extension = Path.GetExtension(path);
        var named = extension.Length > 0 ? $" (although it is named {extension})" : "";
        return ReadResult.Fail($"the file is {what}{named}; {SupportedFormats.SendAs}");
    }

    private static string? Describe(ReadOnlySpan<byte> head) =>
        FileSignature.IsHtml(head) ? "an HTML web page, not a report (perhaps a download error page)"
        : FileSignature.IsOle2(head) ? "a legacy Word/Excel 97–2003 file (.doc/.xls), which is not supported"
        : FileSignature.IsRtf(head) ? "an RTF document, which is not supported"
        : null;
}
