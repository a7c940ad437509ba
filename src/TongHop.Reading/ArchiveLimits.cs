namespace TongHop.Reading;

/// <summary>
/// What a DOCX (a ZIP package) may expand to. A real 30-page report with photos is a few MB
/// unpacked; the defaults leave ample room while refusing zip bombs before they are parsed.
/// </summary>
public sealed record ArchiveLimits
{
    /// <summary>Total uncompressed bytes over all entries (200 MiB).</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    public int MaxEntries { get; init; } = 5000;

    /// <summary>Characters OpenXml may read from one part (the body of a 1,000-page report is ~5 M).</summary>
    public long MaxCharactersInPart { get; init; } = 50_000_000;
}
