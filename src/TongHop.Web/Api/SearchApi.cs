using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TongHop.Application.Search;
using TongHop.Application.Security;
using TongHop.Search;
using TongHop.Search.Querying;
using TongHop.Storage;

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
        ClaimsPrincipal user, TongHopDbContext db, ReportSearch search, Permissions permissions, CancellationToken cancellationToken)
    {
        var filters = new SearchFilters(unit, request, period, type);
        var scope = SearchScopes.Of(await permissions.UnitsOfAsync(user));
        var outcome = await search.SearchAsync(db, q, filters, scope, limit ?? 20, offset ?? 0, cancellationToken);
        return outcome.Error is { } error
            ? TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Ok(SearchResponses.From(q ?? "", outcome));
    }
}
