using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TongHop.Application.Intake;
using TongHop.Application.Security;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Web.Api;

/// <summary>
/// Bulk intake over HTTP: <c>POST /api/intake</c> (multipart <c>files</c>, zips opened; <c>?request=ID</c> optional),
/// reviewer or admin token. Each file is matched to its unit and request and filed when certain, otherwise left in
/// the intake inbox; the answer is one record per file.
/// </summary>
internal static class IntakeApi
{
    public static void MapWrites(RouteGroupBuilder api)
    {
        api.MapPost("/intake", IntakeAsync).RequireAuthorization(Policies.ApiReview)
            .WithSummary("Tiếp nhận nhiều tệp (hoặc tệp .zip): mỗi tệp được đọc, xác định đơn vị và yêu cầu báo cáo, vào sổ khi chắc chắn, còn lại chờ cán bộ xác nhận");
    }

    private static async Task<Results<Ok<List<IntakeRecordDto>>, ProblemHttpResult>> IntakeAsync(
        [FromQuery] int? request, IFormFileCollection files, ClaimsPrincipal user, FileIntake intake, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return TypedResults.Problem("Cần gửi ít nhất một tệp (trường 'files').", statusCode: StatusCodes.Status400BadRequest);
        }

        var batch = new List<IncomingFile>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            batch.Add(new IncomingFile(file.FileName, copy.ToArray()));
        }

        var outcomes = await intake.TakeAsync(batch, new IntakeOrigin(IntakeChannel.Api, user.Identity?.Name, RequestId: request), null, cancellationToken);
        return TypedResults.Ok(outcomes.Select(ToDto).ToList());
    }

    private static IntakeRecordDto ToDto(IntakeOutcome o) => new(
        o.Item.FileName, o.UnitCode, o.RequestId, o.Status, o.Item.Id == 0 ? null : o.Item.Id, o.Item.SubmissionId ?? o.Item.Submission?.Id,
        o.Item.FileSha256.Length == 0 ? null : o.Item.FileSha256, ApiMapping.Local(o.Item.ReceivedAtUtc),
        o.Item.Reasons.Split('\n', StringSplitOptions.RemoveEmptyEntries), o.Item.Error);
}

/// <summary>What became of one file: <c>status</c> is <c>filed</c>, <c>duplicate</c> or <c>needs-review</c>; unit code and request id only when certain.</summary>
public sealed record IntakeRecordDto(
    string File, string? UnitCode, int? RequestId, string Status, int? IntakeId, int? SubmissionId, string? Sha256, DateTimeOffset ReceivedAt,
    IReadOnlyList<string> Reasons, string? Error);
