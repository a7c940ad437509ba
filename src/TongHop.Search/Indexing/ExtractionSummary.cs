using TongHop.Core.Contract;

namespace TongHop.Search.Indexing;

/// <summary>What the index takes from a stored extraction (read by <see cref="ExtractJsonReader"/>): the document's type, number and date, and the cited numbers.</summary>
internal sealed record ExtractionSummary(string? Type, string? Number, DateOnly? Date, IReadOnlyList<string> CitedNumbers)
{
    private static readonly ExtractionSummary Empty = new(null, null, null, []);

    /// <summary>Reads <paramref name="json"/>; a missing or malformed JSON gives an empty summary (the text is still indexed).</summary>
    public static ExtractionSummary Read(string? json) =>
        ExtractJsonReader.TryRead(json, out var extraction)
            ? new ExtractionSummary(extraction.Document.Type, extraction.Document.Number, extraction.Document.Date, [.. extraction.Citations.Select(c => c.Number).OfType<string>()])
            : Empty;
}
