using TongHop.Reading.Docx;
using TongHop.Reading.Images;
using TongHop.Reading.Pdf;
using TongHop.Reading.Text;

namespace TongHop.Reading;

/// <summary>
/// The input formats TongHop reads, each declared by its reader, in the order a unit should prefer them (plain text
/// last, as the fallback it is). The one place the refusal messages, the command line's help and the web's file
/// pickers (<c>accept</c>) take the list from. Which reader reads a file is still decided by its first bytes.
/// </summary>
public static class SupportedFormats
{
    public static IReadOnlyList<InputFormat> All { get; } = [DocxReader.Declared, PdfReader.Declared, ImageReader.Declared, PlainTextReader.Declared];

    /// <summary>Every extension, for a file picker: <c>.docx,.pdf,.png,…</c>.</summary>
    public static string Accept { get; } = string.Join(',', All.SelectMany(f => f.Extensions));

    /// <summary>The extensions by format, for help text: <c>.docx, .pdf, .png/.jpg/…, .txt</c>.</summary>
    public static string Extensions { get; } = string.Join(", ", All.Select(f => string.Join('/', f.Extensions)));

    /// <summary>"unsupported file format: not a DOCX, PDF, image or text file".</summary>
    public static string NotSupported { get; } = $"unsupported file format: not a {Or(All.Select(f => f.Name))} file";

    /// <summary>"send the report as DOCX, PDF, an image or text", the end of a refusal.</summary>
    public static string SendAs { get; } = $"send the report as {Or(All.Select(f => f.Offer))}";

    private static string Or(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count < 2 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }
}
