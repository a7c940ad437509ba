using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TongHop.Application.DocumentReview;
using TongHop.Application.Review;
using TongHop.Application.Security;

namespace TongHop.Web.Api;

/// <summary>One metadata field of a report: as read, as it counts now, and who reviewed it.</summary>
public sealed record DocumentFieldDto(string Field, string Label, string? Extracted, string? Value, string State, string? ReviewedBy, DateTimeOffset? ReviewedAt);

/// <summary>A report's document metadata as reviewed (number, date, issuer, title, signer, period).</summary>
public sealed record DocumentDto(int SubmissionId, IReadOnlyList<DocumentFieldDto> Fields);

/// <summary>A decision on a metadata field: <c>confirm</c> (as read) or <c>correct</c> (with <c>value</c>; a date as dd/MM/yyyy).</summary>
public sealed record DocumentReviewRequestDto(string Field, ReviewAction Action, string? Value);

/// <summary>The reviewed document metadata of a submission; a submission the caller may not see answers 404.</summary>
internal static class DocumentApi
{
    public static void MapReads(RouteGroupBuilder api) =>
        api.MapGet("/submissions/{id:int}/document", GetAsync).WithSummary("Thông tin văn bản của báo cáo (số, ngày, cơ quan, người ký…), đã rà soát");

    public static void MapWrites(RouteGroupBuilder api) =>
        api.MapPost("/submissions/{id:int}/document/review", ReviewAsync).RequireAuthorization(Policies.ApiReview)
            .WithSummary("Xác nhận hoặc sửa một trường thông tin văn bản (ghi nhật ký)");

    private static async Task<Results<Ok<DocumentDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, DocumentReviewService documents) =>
        await documents.GetAsync(user, id) is { } document ? TypedResults.Ok(ToDto(id, document)) : TypedResults.NotFound();

    private static async Task<Results<Ok<DocumentDto>, NotFound, ProblemHttpResult>> ReviewAsync(
        int id, DocumentReviewRequestDto body, ClaimsPrincipal user, DocumentReviewService documents)
    {
        var outcome = await documents.ApplyAsync(user, id, body.Field, body.Action, body.Value);
        return outcome.NotFound ? TypedResults.NotFound()
            : outcome.Error is { } error ? TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Không lưu được")
            : TypedResults.Ok(ToDto(id, outcome.Document!));
    }

    private static DocumentDto ToDto(int id, ReviewedDocument document) => new(id, document.Fields.Select(f => new DocumentFieldDto(
        f.Field, f.Label, f.Extracted, f.Value, char.ToLowerInvariant(f.State.ToString()[0]) + f.State.ToString()[1..], f.ReviewedBy,
        f.ReviewedAtUtc is { } at ? ApiMapping.Local(at) : null)).ToList());
}
