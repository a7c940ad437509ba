using TongHop.Reading.Text;

namespace TongHop.Reading;

/// <summary>What a file is, judged from its first bytes only (never its name): whether it can be a report at all.</summary>
public enum ContentKind
{
    Empty,
    Pdf,
    Zip,
    Image,
    Text,
    Html,
    LegacyOffice,
    Rtf,
    Program,
    Binary,
}

/// <summary>Tells, from a file's first bytes, what it is, so an upload that is no document can be refused before anything is stored.</summary>
public static class ContentKinds
{
    /// <summary>The kind of the file that starts with <paramref name="head"/> (8 KiB are plenty).</summary>
    public static ContentKind Identify(ReadOnlySpan<byte> head) =>
        head.IsEmpty ? ContentKind.Empty
        : FileSignature.IsPdf(head) ? ContentKind.Pdf
        : FileSignature.IsZip(head) ? ContentKind.Zip
        : FileSignature.IsPng(head) || FileSignature.IsJpeg(head) || FileSignature.IsTiff(head) ? ContentKind.Image
        : FileSignature.IsHtml(head) ? ContentKind.Html
        : FileSignature.IsOle2(head) ? ContentKind.LegacyOffice
        : FileSignature.IsRtf(head) ? ContentKind.Rtf
        : IsProgram(head) ? ContentKind.Program
        : TextDecoder.HasUtf16Bom(head) || !BinarySniffer.LooksBinary(head) ? ContentKind.Text
        : ContentKind.Binary;

    /// <summary>Whether TongHop reads files of this kind (a ZIP is read as DOCX; one that is not fails when read).</summary>
    public static bool IsReadable(this ContentKind kind) => kind is ContentKind.Pdf or ContentKind.Zip or ContentKind.Image or ContentKind.Text;

    // Windows PE ("MZ"), ELF, Mach-O and a shell script's "#!" are programs, whatever their name.
    private static bool IsProgram(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) || head.StartsWith("#!"u8)
        || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]);
}
