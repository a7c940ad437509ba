namespace TongHop.Application.Search;

/// <summary>
/// The answer of <c>GET /api/search</c>: <c>kind</c> is <c>text</c> (reports in <c>hits</c>, <c>total</c> in all) or
/// <c>values</c> for an indicator condition such as <c>online_dossier_rate &lt; 50</c> (values in <c>values</c>).
/// </summary>
public sealed record SearchResponseDto(string Query, string Kind, int Total, IReadOnlyList<SearchHitDto> Hits, IReadOnlyList<SearchValueDto> Values);
