using TongHop.Reading.Docx;
using TongHop.Reading.Images;
using TongHop.Reading.Pdf;
using TongHop.Reading.Text;

namespace TongHop.Reading;

/// <summary>
/// Reads any supported document: checks the size limit, then asks each reader, in order, whether it
/// understands the file's first bytes (never its extension). Never throws for bad input; the error
/// says why in one sentence. Immutable and thread-safe.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>Files larger than this are refused before they are read (50 MiB).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Texts longer than this (2,000,000 characters: some 700 pages, several times the longest real report) are
    /// refused after reading, whatever the format: beyond it a file is not a report, and repair, extraction, the
    /// stored result and the review page would grow with it (a 48 MB one-line text took the server to 5.8 GB).
    /// </summary>
    public const int MaxTextChars = 2_000_000;

    private const int HeadBytes = 8192;
    private readonly IReadOnlyList<IDocumentReader> _readers;

    public DocumentReader(IReadOnlyList<IDocumentReader> readers) => _readers = readers;

    /// <summary>The readers TongHop ships, most specific signature first; plain text is the fallback.</summary>
    public static DocumentReader CreateDefault(ReadingOptions? options = null)
    {
        options ??= ReadingOptions.Default;
        return new DocumentReader(
        [
            new PdfReader(options),
            new DocxReader(options.Archive),
            new ImageReader(options.Ocr),
            new KnownUnsupportedReader(),
            new PlainTextReader(),
        ]);
    }

    /// <summary>The formats this reader's readers declare, in reading order.</summary>
    public IReadOnlyList<InputFormat> Formats => [.. _readers.Select(r => r.Format).OfType<InputFormat>()];

    /// <summary>The format of the reader that would read a file starting with <paramref name="head"/>; null when none would.</summary>
    public InputFormat? FormatOf(ReadOnlySpan<byte> head, string path) => ReaderOf(head, path)?.Format;

    public ReadResult Read(string path, CancellationToken cancellationToken = default) =>
        Read(path, new ReadContext(null, cancellationToken));

    /// <summary>Reads a file, reporting page progress of long work (OCR) to <see cref="ReadContext.Progress"/>.</summary>
    public ReadResult Read(string path, ReadContext context)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return ReadResult.Fail($"file not found: {path}");
        }

        if (file.Length == 0)
        {
            return ReadResult.Fail("the file is empty (0 bytes)");
        }

        if (file.Length > MaxFileBytes)
        {
            return ReadResult.Fail($"the file is {file.Length / (1024 * 1024)} MB; files over {MaxFileBytes / (1024 * 1024)} MB are refused");
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail($"the file cannot be read: {e.Message}");
        }

        return Read(content, path, context);
    }

    internal static ReadResult TooLong(long characters, bool atLeast = false) => ReadResult.Fail(string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"the text is {(atLeast ? "at least " : "")}{characters:N0} characters long; texts over {MaxTextChars:N0} characters are refused"));

    /// <summary>Reads content already in memory (an upload), without progress reporting.</summary>
    public ReadResult Read(byte[] content, string path, CancellationToken cancellationToken = default) =>
        Read(content, path, new ReadContext(null, cancellationToken));

    public ReadResult Read(byte[] content, string path, ReadContext context)
    {
        if (content.Length == 0)
        {
            return ReadResult.Fail("the file is empty (0 bytes)");
        }

        var reader = ReaderOf(content.AsSpan(0, Math.Min(HeadBytes, content.Length)), path);
        if (reader is null)
        {
            return ReadResult.Fail(SupportedFormats.NotSupported);
        }

        var result = reader.Read(content, path, context);
        return result.Succeeded && result.Source.Text.Length > MaxTextChars
            ? TooLong(result.Source.Text.Length)
            : result;
    }

    private IDocumentReader? ReaderOf(ReadOnlySpan<byte> head, string path)
    {
        foreach (var candidate in _readers)
        {
            if (candidate.CanRead(head, path))
            {
                return candidate;
            }
        }

        return null;
    }
}
