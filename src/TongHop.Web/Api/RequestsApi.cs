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
            .WithSummary("Gửi tệp báo cáo (multipart, trường 'files'); trả về ngay, trích xuất chạy nền");
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

        var trend = await trends.TrendsAsync(id);
        return TypedResults.Ok(figures.Figures.Select(f => ApiMapping.ToDto(f, trend?.Of(f.Indicator.Key))).ToList());
    }

    private static async Task<Ok<List<SubmissionDto>>> SubmissionsAsync(int id, ClaimsPrincipal user, TongHopDbContext db, Permissions permissions)
    {
        var (all, unit) = await permissions.UnitsOfAsync(user);
        var list = await db.Submissions.AsNoTracking().Include(s => s.Unit)
            .Where(s => s.RequestId == id && (all || s.UnitId == unit))
            .OrderBy(s => s.Id).ToListAsync();
        return TypedResults.Ok(list.Select(ApiMapping.ToDto).ToList());
    }

    private static async Task<Results<Accepted<List<SubmissionDto>>, ProblemHttpResult>> UploadAsync(
        int id, [FromQuery] int? unitId, IFormFileCollection files, ClaimsPrincipal user, SubmissionIntake intake)
    {
        var unit = unitId ?? UnitScope.UnitClaimOf(user);
        if (unit is null || files.Count == 0)
        {
            return TypedResults.Problem("Cần chọn đơn vị (unitId) và ít nhất một tệp.", statusCode: StatusCodes.Status400BadRequest);
        }

        var accepted = new List<SubmissionDto>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var result = await intake.AcceptAsync(user, id, unit.Value, file.FileName, stream);
            if (!result.Succeeded)
            {
                return TypedResults.Problem(result.Error, statusCode: result.Status);
            }

            accepted.Add(ApiMapping.ToDto(result.Submission));
        }

        return TypedResults.Accepted($"/api/submissions/{accepted[0].Id}", accepted);
    }
}
