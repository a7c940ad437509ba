using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TongHop.Search;
using TongHop.Search.Querying;
using TongHop.Search.Results;
using TongHop.Storage;
using TongHop.Web.Search;

namespace TongHop.Web.Api;

/// <summary>
/// <c>GET /api/search?q=…</c>: full-text search over every stored report, or an indicator condition. A unit reporter
/// finds only their own unit's reports (inside the query, before paging); a bad query is a 400 with the reason.
/// </summary>
internal static class SearchApi
{
    public static void MapReads(RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync)
            .WithSummary("Tìm trong mọi báo cáo: từ có hoặc không dấu, \"cụm từ\", tiền tố*, số ký hiệu văn bản, điều kiện chỉ tiêu (online_dossier_rate < 50)");

    private static async Task<Results<Ok<SearchResponseDto>, ProblemHttpResult>> SearchAsync(
        string? q, string? unit, int? request, string? period, string? type, int? limit, int? offset,
        ClaimsPrincipal user, TongHopDbContext db, ReportSearch search, CancellationToken cancellationToken)
    {
        var filters = new SearchFilters(unit, request, period, type);
        var outcome = await search.SearchAsync(db, q, filters, SearchScopes.Of(user), limit ?? 20, offset ?? 0, cancellationToken);
        if (outcome.Error is { } error)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(outcome.IsValueSearch
            ? new SearchResponseDto(q ?? "", "values", outcome.ValueTotal, [], outcome.Values.Select(ToDto).ToList())
            : new SearchResponseDto(q ?? "", "text", outcome.Text.Total, outcome.Text.Hits.Select(ToDto).ToList(), []));
    }

    private static SearchHitDto ToDto(SearchHit h) => new(
        h.SubmissionId, h.Version, h.UnitId, h.UnitCode, h.UnitName, h.RequestId, h.RequestTitle, h.PeriodLabel, h.DocumentType, h.DocumentNumber,
        h.DocumentDate, Math.Round(h.Score, 4), h.Snippet.Text, [.. h.Snippet.Highlights.Select(s => new[] { s.Start, s.End })],
        h.Snippet.Match is { } m ? [m.Start, m.End] : null, SearchScopes.ReviewLink(h.SubmissionId, h.Snippet.Match));

    private static SearchValueDto ToDto(IndicatorHit v) => new(
        v.ValueId, v.SubmissionId, v.UnitId, v.UnitCode, v.UnitName, v.RequestId, v.RequestTitle, v.IndicatorKey, v.IndicatorName, v.Value, v.Unit,
        v.Evidence, [v.SpanStart, v.SpanEnd], SearchScopes.ReviewLink(v.SubmissionId, v.SpanStart, v.SpanEnd));
}
