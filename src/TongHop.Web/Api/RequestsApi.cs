using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Intake;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Api;

/// <summary>Requests: list, status, province figures, submissions, upload.</summary>
internal static class RequestsApi
{
    public static void MapReads(RouteGroupBuilder api)
    {
        api.MapGet("/requests", ListAsync).WithSummary("Các yêu cầu báo cáo (cán bộ đơn vị: chỉ yêu cầu gửi đơn vị mình)");
        api.MapGet("/requests/{id:int}/status", StatusAsync).RequireAuthorization(Policies.Read).WithSummary("Tỷ lệ báo cáo và trạng thái từng đơn vị");
        api.MapGet("/requests/{id:int}/figures", FiguresAsync).RequireAuthorization(Policies.Read).WithSummary("Số liệu toàn tỉnh theo chỉ tiêu, so với kỳ trước (previous) và cùng kỳ năm trước (yearAgo)");
        api.MapGet("/requests/{id:int}/submissions", SubmissionsAsync).WithSummary("Các bản báo cáo đã nhận");
    }

    public static void MapWrites(RouteGroupBuilder api)
    {
        api.MapPost("/requests/{id:int}/submissions", UploadAsync).RequireAuthorization(Policies.ApiUpload)
            .WithSummary("Gửi báo cáo (multipart: 'report' và 'annexes', hoặc 'files' với tệp đầu là báo cáo chính; resubmit=true để nộp lại); trả về ngay với biên nhận, trích xuất chạy nền");
    }

    private static async Task<Ok<List<RequestDto>>> ListAsync(ClaimsPrincipal user, TongHopDbContext db, Permissions permissions)
    {
        var (all, unit) = await permissions.UnitsOfAsync(user);
        var requests = await db.Requests.AsNoTracking()
            .Where(r => all || r.Recipients.Any(x => x.UnitId == unit))
            .OrderByDescending(r => r.Id).ToListAsync();
        return TypedResults.Ok(requests.Select(ApiMapping.ToDto).ToList());
    }

    private static async Task<Results<Ok<RequestStatusDto>, NotFound>> StatusAsync(int id, ReportingQueries queries) =>
        await queries.DashboardAsync(id) is { } dashboard ? TypedResults.Ok(ApiMapping.ToDto(dashboard)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<FigureDto>>, NotFound>> FiguresAsync(int id, ReportingQueries queries, TrendQueries trends)
    {
        if (await queries.FiguresAsync(id) is not { } figures)
        {
            return TypedResults.NotFound();
        }

        var trend = await trends.TrendsAtAsync(id, figures.DataVersion);
        return TypedResults.Ok(figures.Figures.Select(f => ApiMapping.ToDto(f, trend?.Of(f.Indicator.Key))).ToList());
    }

    // Every submission of a request, possibly thousands at national scale: written to the answer as each is read
    // (a JSON array from an IAsyncEnumerable), never listed whole in memory.
    private static async Task<Ok<IAsyncEnumerable<SubmissionDto>>> SubmissionsAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions, HttpContext http)
    {
        var (all, unit) = await permissions.UnitsOfAsync(user);
        var query = db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Files)
            .Where(s => s.RequestId == id && (all || s.UnitId == unit))
            .OrderBy(s => s.Id);
        return TypedResults.Ok(Streamed(query, http.RequestAborted));

        static async IAsyncEnumerable<SubmissionDto> Streamed(IQueryable<Submission> query, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var submission in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return ApiMapping.ToDto(submission);
            }
        }
    }

    // One submission: the 'report' file (or the first of 'files') is the main report, the others ('annexes', the rest
    // of 'files') its annexes. 'resubmit=true' sends a new version when the unit already sent one.
    private static async Task<Results<Accepted<SubmissionDto>, ProblemHttpResult>> UploadAsync(
        int id, [FromQuery] int? unitId, [FromQuery] bool? resubmit, HttpRequest http, ClaimsPrincipal user, SubmissionIntake intake)
    {
        var unit = unitId ?? UnitScope.UnitClaimOf(user);
        if (!http.HasFormContentType)
        {
            return TypedResults.Problem("Tệp báo cáo cần gửi dạng multipart/form-data (trường 'report' và 'annexes', hoặc 'files').", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = http.HasFormContentType ? await http.ReadFormAsync(http.HttpContext.RequestAborted) : null;
        var files = form is null ? [] : form.Files.GetFiles("report").Concat(form.Files.GetFiles("files")).Concat(form.Files.GetFiles("annexes")).ToList();
        if (unit is null || files.Count == 0)
        {
            return TypedResults.Problem("Cần chọn đơn vị (unitId) và ít nhất một tệp (trường 'report' và 'annexes', hoặc 'files').", statusCode: StatusCodes.Status400BadRequest);
        }

        var again = resubmit ?? (bool.TryParse(form!["resubmit"], out var r) && r);
        var streams = files.Select(f => (f.FileName, Stream: f.OpenReadStream())).ToList();
        try
        {
            var upload = new IntakeRequest(id, unit.Value, streams.Select(s => new IntakeFile(s.FileName, s.Stream)).ToList(), again);
            var result = await intake.AcceptAsync(user, upload, http.HttpContext.RequestAborted);
            return result.Succeeded
                ? TypedResults.Accepted($"/api/submissions/{result.Submission.Id}", ApiMapping.ToDto(result.Submission))
                : TypedResults.Problem(result.Error, statusCode: result.Status);
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }
}
