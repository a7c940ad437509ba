namespace TongHop.Reading;

/// <summary>
/// Reads one kind of document into text. Readers are chosen by content (magic bytes), not by file
/// extension: <see cref="CanRead"/> looks at the first bytes of the file. Implementations are
/// immutable and thread-safe.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format this reader reads (its extensions and how messages name it); null for a reader that only
    /// recognises what is refused (<see cref="KnownUnsupportedReader"/>).</summary>
    InputFormat? Format => null;

    /// <summary>Whether this reader understands a file that starts with <paramref name="head"/> (up to 8 KiB).</summary>
    bool CanRead(ReadOnlySpan<byte> head, string path);

    /// <summary>
    /// Reads the document. An unreadable document is a failed <see cref="ReadResult"/> with a one-sentence
    /// English reason, never an exception; cancellation through <see cref="ReadContext.CancellationToken"/>
    /// also ends in a failed result.
    /// </summary>
    ReadResult Read(byte[] content, string path, ReadContext context);
}
