namespace TongHop.Core.Documents;

/// <summary>Who issued a document, its number, type, place, date, title, signer and recipients.</summary>
/// <param name="Issuer">Issuing body, e.g. "UBND xã Khánh Cường" (Ủy ban nhân dân is written UBND).</param>
/// <param name="Number">Number/symbol with Đ restored, e.g. "269/BC-UBND".</param>
/// <param name="Type">Document type, e.g. "Báo cáo", "Công văn".</param>
/// <param name="Place">Place of the place-and-date line, e.g. "Khánh Cường".</param>
/// <param name="Date">Date of the document; <c>null</c> where it is missing or unreadable (never a guess).</param>
/// <param name="Title">Title or subject (trích yếu).</param>
public sealed record DocumentMetadata(
    string? Issuer,
    string? Number,
    string? Type,
    string? Place,
    DateOnly? Date,
    string? Title,
    Signer? Signer,
    IReadOnlyList<string> Recipients)
{
    public static DocumentMetadata Empty { get; } = new(null, null, null, null, null, null, null, []);

    /// <summary>Fields the document has a place for but that could not be read (left <c>null</c>, never guessed).</summary>
    public IReadOnlyList<MetadataGap> Gaps { get; init; } = [];
}
