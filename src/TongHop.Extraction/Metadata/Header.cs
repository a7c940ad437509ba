using TongHop.Core.Documents;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>What the header of a document gives; every field is <c>null</c> when the header does not state it.</summary>
/// <param name="IssuerUnit">The administrative unit the issuer is the body of ("UBND xã Đồng Lộc" → xã Đồng Lộc), when known.</param>
/// <param name="Province">The province the document belongs to (from its header or its text), when known.</param>
/// <param name="NumberLine">The line of "Số:", or -1.</param>
/// <param name="Type">The type named by a title line ("BÁO CÁO") or by a "V/v" subject (Công văn).</param>
/// <param name="HasPlaceDate">True when a place-and-date line exists, even with an unreadable date.</param>
/// <param name="IssuerLines">The left column's lines above "Số:" the issuer was read from (its parent body's included).</param>
/// <param name="Gaps">Number or date left blank, or written by hand and not readable.</param>
public sealed record Header(
    string? Issuer,
    AdministrativeUnit? IssuerUnit,
    AdministrativeUnit? Province,
    string? Number,
    int NumberLine,
    string? Place,
    DateOnly? Date,
    bool HasPlaceDate,
    string? Type,
    string? Title,
    IReadOnlyList<string> IssuerLines,
    IReadOnlyList<MetadataGap> Gaps);
