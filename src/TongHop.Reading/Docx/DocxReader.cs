using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TongHop.Core.Documents;

namespace TongHop.Reading.Docx;

/// <summary>
/// Reads a Word document (.docx) with the OpenXml SDK: headers, then the body in document order, then
/// footers (see <see cref="DocxTextWriter"/>). The package is checked against zip bombs first.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private readonly ArchiveLimits _limits;

    public DocxReader(ArchiveLimits limits) => _limits = limits;

    public DocxReader()
        : this(new ArchiveLimits())
    {
    }

    /// <summary>Word documents (.docx).</summary>
    public static InputFormat Declared { get; } = new("DOCX", "DOCX", [".docx"]);

    public InputFormat Format => Declared;

    public bool CanRead(ReadOnlySpan<byte> head, string path) => FileSignature.IsZip(head);

    public ReadResult Read(byte[] content, string path, ReadContext context)
    {
        try
        {
            return ReadPackage(content, path, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ReadResult.Fail("reading was cancelled");
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            // A damaged or truncated package: the ZIP directory, a part or its XML cannot be read.
            return ReadResult.Fail($"the DOCX file is damaged or truncated and cannot be read ({e.GetType().Name}: {e.Message})");
        }
    }

    private ReadResult ReadPackage(byte[] content, string path, CancellationToken cancellationToken)
    {
        if (ZipBombGuard.Check(content, _limits, cancellationToken) is { } refused)
        {
            return ReadResult.Fail(refused);
        }

        if (!IsWordPackage(content))
        {
            return ReadResult.Fail("the file is a ZIP archive but not a Word document (.docx); " + SupportedFormats.SendAs);
        }

        var settings = new OpenSettings { MaxCharactersInPart = _limits.MaxCharactersInPart };
        using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false, settings);
        var text = DocxTextWriter.Write(document);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail("the DOCX document contains no text");
        }

        return ReadResult.Ok(new SourceText(path, Hashing.Sha256Hex(content), "docx", null, "docx", text));
    }

    private static bool IsWordPackage(byte[] content)
    {
        using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        return archive.GetEntry("[Content_Types].xml") is not null
            && archive.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal));
    }
}
