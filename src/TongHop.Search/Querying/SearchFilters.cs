namespace TongHop.Search.Querying;

/// <summary>
/// Narrows a search: a unit by code, a request by id, a period (words of the request's period label, any
/// diacritics: "9 thang 2025") and a document type ("Báo cáo", "bao cao"). Null means any.
/// </summary>
public sealed record SearchFilters(string? UnitCode = null, int? RequestId = null, string? Period = null, string? DocumentType = null)
{
    public static SearchFilters None { get; } = new();

    /// <summary>Filters of <paramref name="other"/> win where they are set.</summary>
    public SearchFilters Merge(SearchFilters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(other.UnitCode ?? UnitCode, other.RequestId ?? RequestId, other.Period ?? Period, other.DocumentType ?? DocumentType);
    }
}
