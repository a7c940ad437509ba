using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Intake;
using TongHop.Application.Labels;
using TongHop.Application.Review;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Api;

/// <summary>
/// Submissions and values. A submission of a unit the caller may not see answers 404, as if it did not
/// exist, so ids cannot be probed.
/// </summary>
internal static class SubmissionsApi
{
    public static void MapReads(RouteGroupBuilder api)
    {
        api.MapGet("/submissions/{id:int}", GetAsync).WithSummary("Một bản báo cáo và trạng thái xử lý");
        api.MapGet("/submissions/{id:int}/values", ValuesAsync).WithSummary("Các giá trị chỉ tiêu đọc được, kèm dẫn chứng");
        api.MapGet("/submissions/{id:int}/states", StatesAsync).WithSummary("Nhật ký trạng thái rà soát của báo cáo (ai, khi nào, vì sao)");
        api.MapGet("/submissions/{id:int}/extraction", ExtractionAsync).WithSummary("Kết quả trích xuất (JSON theo hợp đồng extract)");
        api.MapGet("/submissions/{id:int}/receipt", ReceiptAsync).WithSummary("Biên nhận (PDF): số, thời gian nhận, các tệp kèm SHA-256");
    }

    public static void MapWrites(RouteGroupBuilder api)
    {
        api.MapPost("/values/{id:long}/review", ReviewAsync).RequireAuthorization(Policies.ApiReview)
            .WithSummary("Xác nhận, sửa hoặc loại một giá trị (ghi nhật ký); 409 khi báo cáo đã khóa");
        api.MapPost("/submissions/{id:int}/state", StateAsync).RequireAuthorization(Policies.ApiReportState)
            .WithSummary("Chuyển trạng thái rà soát của báo cáo: start, return, approve, accept, reopen (kèm comment khi trả lại, mở lại)");
        api.MapPost("/submissions/{id:int}/withdraw", WithdrawAsync).RequireAuthorization(Policies.ApiUpload)
            .WithSummary("Rút một bản báo cáo trước khi được rà soát (bản đã rút không được tính)");
    }

    private static async Task<Submission?> VisibleAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Request).Include(s => s.Files).SingleOrDefaultAsync(s => s.Id == id);
        return submission is not null && (await permissions.UnitsOfAsync(user)).CanSee(submission.UnitId) ? submission : null;
    }

    private static async Task<Results<Ok<SubmissionDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions)
    {
        if (await VisibleAsync(id, user, db, permissions) is not { } s)
        {
            return TypedResults.NotFound();
        }

        var codes = IntakeChecks.Codes.ToList();
        var warnings = await db.Findings.AsNoTracking().Where(f => f.SubmissionId == id && codes.Contains(f.Code)).OrderBy(f => f.Id).ToListAsync();
        return TypedResults.Ok(ApiMapping.ToDto(s, warnings));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ReceiptAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions) =>
        await VisibleAsync(id, user, db, permissions) is { } s
            ? TypedResults.File(ReceiptPdf.Write(ReceiptDocument.Of(s)), "application/pdf", ReceiptDocument.FileName(s))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<SubmissionDto>, NotFound, ProblemHttpResult>> WithdrawAsync(int id, ClaimsPrincipal user, SubmissionWithdrawal withdrawal)
    {
        var result = await withdrawal.WithdrawAsync(user, id);
        return result.Succeeded ? TypedResults.Ok(ApiMapping.ToDto(result.Submission))
            : result.Status == StatusCodes.Status404NotFound ? TypedResults.NotFound()
            : TypedResults.Problem(result.Error, statusCode: result.Status);
    }

    private static async Task<Results<Ok<List<ValueDto>>, NotFound>> ValuesAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions)
    {
        if (await VisibleAsync(id, user, db, permissions) is null)
        {
            return TypedResults.NotFound();
        }

        var values = await db.Values.AsNoTracking().Where(v => v.SubmissionId == id).OrderBy(v => v.SpanStart).ThenBy(v => v.Id).ToListAsync();
        return TypedResults.Ok(values.Select(ApiMapping.ToDto).ToList());
    }

    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> ExtractionAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions)
    {
        var submission = await VisibleAsync(id, user, db, permissions);
        if (submission is null)
        {
            return TypedResults.NotFound();
        }

        return submission.ExtractionJson is { } json
            ? TypedResults.Text(json, "application/json; charset=utf-8")
            : TypedResults.Problem($"Chưa có kết quả trích xuất (trạng thái: {VietnameseLabels.Processing(submission.State).ToLower(TongHop.Text.Normalization.VietnameseText.Culture)}).", statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<ValueDto>, NotFound, ProblemHttpResult>> ReviewAsync(long id, ReviewRequestDto body, ClaimsPrincipal user, ReviewService review)
    {
        if (body.Action == ReviewAction.Correct && body.Value is null)
        {
            return TypedResults.Problem("Sửa giá trị cần 'value'.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var value = await review.ApplyAsync(user, id, body.Action, body.Value, body.Note);
            return value is null ? TypedResults.NotFound() : TypedResults.Ok(ApiMapping.ToDto(value));
        }
        catch (ReportLockedException locked)
        {
            return TypedResults.Problem(locked.Message, statusCode: StatusCodes.Status409Conflict, title: "Báo cáo đã khóa");
        }
    }

    private static async Task<Results<Ok<SubmissionDto>, ProblemHttpResult>> StateAsync(int id, ReportStateRequestDto body, ClaimsPrincipal user, ReportReviewService reports)
    {
        if (!ReportStates.TryParse(body.Action, out var action))
        {
            return TypedResults.Problem("Hành động không hợp lệ: cần một trong start, return, approve, accept, reopen.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await reports.ApplyAsync(user, id, action, body.Comment);
        return outcome.Succeeded ? TypedResults.Ok(ApiMapping.ToDto(outcome.Submission!)) : TypedResults.Problem(outcome.Error, statusCode: outcome.Status);
    }

    private static async Task<Results<Ok<List<ReportStateEventDto>>, NotFound>> StatesAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions)
    {
        if (await VisibleAsync(id, user, db, permissions) is null)
        {
            return TypedResults.NotFound();
        }

        var events = await db.SubmissionReviewEvents.AsNoTracking().Where(e => e.SubmissionId == id).OrderBy(e => e.Id).ToListAsync();
        return TypedResults.Ok(events.Select(e => new ReportStateEventDto(
            e.Action, ReportStates.Code(e.FromState), ReportStates.Code(e.ToState), e.UserName, ApiMapping.Local(e.AtUtc), e.Comment)).ToList());
    }
}
