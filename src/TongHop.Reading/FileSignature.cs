namespace TongHop.Reading;

/// <summary>Magic bytes of the containers TongHop meets, checked on the first bytes of a file.</summary>
internal static class FileSignature
{
    public static bool IsPdf(ReadOnlySpan<byte> head) =>
        // Some producers put junk before the header; readers accept it within the first 1 KiB.
        head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    public static bool IsPng(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static bool IsJpeg(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);

    public static bool IsTiff(ReadOnlySpan<byte> head) =>
        head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8);

    /// <summary>The OLE2 compound file of legacy Word (.doc) and Excel (.xls).</summary>
    public static bool IsOle2(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    public static bool IsRtf(ReadOnlySpan<byte> head) => head.StartsWith(@"{\rtf"u8);

    /// <summary>An HTML page, e.g. a portal's error page saved under the report's name.</summary>
    public static bool IsHtml(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.ASCII.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '?');
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
