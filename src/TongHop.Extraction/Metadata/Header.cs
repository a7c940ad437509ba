namespace TongHop.Extraction.Metadata;

/// <summary>What the header of a document gives; every field is <c>null</c> when the header does not state it.</summary>
/// <param name="NumberLine">The line of "Số:", or -1.</param>
/// <param name="Type">The type named by a title line ("BÁO CÁO") or by a "V/v" subject (Công văn).</param>
/// <param name="HasPlaceDate">True when a place-and-date line exists, even with an unreadable date.</param>
public sealed record Header(
    string? Issuer,
    string? Number,
    int NumberLine,
    string? Place,
    DateOnly? Date,
    bool HasPlaceDate,
    string? Type,
    string? Title);
