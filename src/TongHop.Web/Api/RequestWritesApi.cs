using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Requests;
using TongHop.Application.Security;
using TongHop.Core.Documents;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Text.Dates;

namespace TongHop.Web.Api;

/// <summary>
/// Creating and changing requests over HTTP, as the pages do: <c>POST /api/requests</c> (multipart: an optional
/// <c>dispatch</c> file, read for its number, date, subject, period, deadline and outline, plus any field to set or
/// override), <c>GET /api/requests/{id}</c>, <c>PATCH /api/requests/{id}</c> (the fields sent change, the others stay),
/// extension and closing. Errors are problem details with a Vietnamese detail.
/// </summary>
internal static class RequestWritesApi
{
    public static void MapReads(RouteGroupBuilder api) =>
        api.MapGet("/requests/{id:int}", GetAsync).RequireAuthorization(Policies.Read).WithSummary("Một yêu cầu báo cáo: công văn, kỳ, hạn, đề cương, đơn vị nhận");

    public static void MapWrites(RouteGroupBuilder api)
    {
        api.MapPost("/requests", CreateAsync).RequireAuthorization(Policies.ApiReview).DisableAntiforgery()
            .WithSummary("Tạo yêu cầu báo cáo (multipart: tệp 'dispatch' tùy chọn, các trường title, dispatchNumber, dispatchDate, periodLabel, periodFrom, periodTo, deadline, outline, unitIds, " + SigningFields + ")");
        api.MapPatch("/requests/{id:int}", UpdateAsync).RequireAuthorization(Policies.ApiReview).DisableAntiforgery()
            .WithSummary("Sửa yêu cầu báo cáo (form: trường nào gửi thì đổi, trường khác giữ nguyên; trường của báo cáo tổng hợp gửi rỗng là xóa: " + SigningFields + ")");
        api.MapPost("/requests/{id:int}/extend", ExtendAsync).RequireAuthorization(Policies.ApiReview)
            .WithSummary("Gia hạn (form: deadline, unitId tùy chọn để gia hạn riêng một đơn vị)");
        api.MapPost("/requests/{id:int}/close", CloseAsync).RequireAuthorization(Policies.ApiReview).WithSummary("Đóng yêu cầu: không nhận thêm báo cáo");
    }

    private const string SigningFields = "synthesisNumber, signerAuthority, signerTitle, signerName, synthesisRecipients (mỗi nơi nhận một giá trị hoặc một dòng)";

    private static async Task<Results<Ok<RequestDetailDto>, NotFound>> GetAsync(int id, TongHopDbContext db) =>
        await LoadAsync(db, id) is { } request ? TypedResults.Ok(ApiMapping.ToDetail(request)) : TypedResults.NotFound();

    private static async Task<Results<Created<RequestDetailDto>, ProblemHttpResult>> CreateAsync(
        HttpRequest http, ClaimsPrincipal user, TongHopDbContext db, DispatchReading dispatches, RequestChanges changes, TimeProvider clock)
    {
        if (!http.HasFormContentType)
        {
            return Problem("Gửi dạng multipart/form-data: tệp 'dispatch' (tùy chọn) và các trường của yêu cầu.");
        }

        var form = await http.ReadFormAsync(http.HttpContext.RequestAborted);
        var draft = (DispatchDraft?)null;
        if (form.Files.GetFile("dispatch") is { } file)
        {
            await using var stream = file.OpenReadStream();
            var read = await dispatches.ReadAsync(file.FileName, stream, http.HttpContext.RequestAborted);
            if (!read.Succeeded)
            {
                return Problem(read.Error!, StatusCodes.Status422UnprocessableEntity);
            }

            draft = read.Draft;
        }

        var errors = new List<string>();
        var outline = draft?.Outline ?? [];
        if (Text(form, "outline") is { } outlineText && !RequestOutline.TryParseText(outlineText, out outline, out var outlineError))
        {
            errors.Add(outlineError!);
        }

        var dispatchDate = Day(form, "dispatchDate", errors) ?? draft?.Date;
        var periodFrom = Day(form, "periodFrom", errors) ?? draft?.Period?.From;
        var periodTo = Day(form, "periodTo", errors) ?? draft?.Period?.To;
        var deadline = Deadline(form, errors) ?? draft?.DeadlineLocal;
        var units = form["unitIds"].Count > 0
            ? form["unitIds"].Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : -1).ToList()
            : await db.Units.Where(u => u.Kind != OrgUnitKind.Province && u.ClosedOn == null).Select(u => u.Id).ToListAsync();
        if (errors.Count > 0)
        {
            return Problem(string.Join(" ", errors));
        }

        var label = Text(form, "periodLabel") ?? (draft?.Period?.Label is { } l ? char.ToUpperInvariant(l[0]) + l[1..] : null);
        var fields = new RequestFields(Text(form, "title") ?? draft?.Title, Text(form, "dispatchNumber") ?? draft?.Number, dispatchDate,
            label, periodFrom, periodTo, deadline, outline, units, AllowPastDeadline: true, Signing: Signing(form, RequestSigning.Empty));
        var keys = form["indicators"].Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()).ToList();
        var created = await changes.CreateAsync(user, fields, keys, draft?.Sha256, http.HttpContext.RequestAborted);
        if (!created.Succeeded)
        {
            return Problem(string.Join(" ", created.Errors));
        }

        var warnings = new List<string>();
        if (created.Request!.DeadlineUtc < clock.GetUtcNow().UtcDateTime)
        {
            warnings.Add($"Hạn nộp {ProvinceTime.ToLocal(created.Request.DeadlineUtc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)} đã qua.");
        }

        var stored = await LoadAsync(db, created.Request.Id);
        return TypedResults.Created($"/api/requests/{created.Request.Id}", ApiMapping.ToDetail(stored!) with { Warnings = warnings });
    }

    private static async Task<Results<Ok<RequestDetailDto>, NotFound, ProblemHttpResult>> UpdateAsync(int id, HttpRequest http, ClaimsPrincipal user, TongHopDbContext db, RequestChanges changes)
    {
        if (!http.HasFormContentType)
        {
            return Problem("Gửi dạng multipart/form-data hoặc application/x-www-form-urlencoded: các trường cần đổi.");
        }

        var form = await http.ReadFormAsync(http.HttpContext.RequestAborted);
        if (await LoadAsync(db, id) is not { } request)
        {
            return TypedResults.NotFound();
        }

        var errors = new List<string>();
        var outline = RequestOutline.Of(request.OutlineJson);
        if (Text(form, "outline") is { } outlineText && !RequestOutline.TryParseText(outlineText, out outline, out var outlineError))
        {
            errors.Add(outlineError!);
        }

        var fields = new RequestFields(
            Text(form, "title") ?? request.Title,
            form.ContainsKey("dispatchNumber") ? Text(form, "dispatchNumber") : request.DispatchNumber,
            Day(form, "dispatchDate", errors) ?? request.DispatchDate,
            Text(form, "periodLabel") ?? request.PeriodLabel,
            Day(form, "periodFrom", errors) ?? request.PeriodFrom,
            Day(form, "periodTo", errors) ?? request.PeriodTo,
            Deadline(form, errors) ?? request.Deadline.Local,
            outline,
            form["unitIds"].Count > 0 ? form["unitIds"].Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : -1).ToList() : request.Recipients.Select(r => r.UnitId).ToList(),
            AllowPastDeadline: true,
            RemindDaysBefore: int.TryParse(form["remindDaysBefore"], NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : request.RemindDaysBefore,
            Signing: Signing(form, RequestSigning.Of(request)));
        if (errors.Count > 0)
        {
            return Problem(string.Join(" ", errors));
        }

        var result = await changes.EditAsync(user, id, fields, http.HttpContext.RequestAborted);
        return result.NotFound ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.Ok(ApiMapping.ToDetail((await LoadAsync(db, id))!))
            : Problem(string.Join(" ", result.Errors));
    }

    // The synthesis's number, signer and addressees sent in the form; a field not sent keeps its value in `current`.
    private static RequestSigning Signing(IFormCollection form, RequestSigning current)
    {
        string? Field(string name, string? kept) => form.ContainsKey(name) ? form[name].ToString() : kept;
        var recipients = form.ContainsKey("synthesisRecipients") ? string.Join('\n', form["synthesisRecipients"].Select(v => v ?? "")) : current.RecipientsText;
        return RequestSigning.From(Field("synthesisNumber", current.Number), Field("signerAuthority", current.Authority), Field("signerTitle", current.Title),
            Field("signerName", current.Name), recipients);
    }

    private static async Task<Results<Ok<RequestDetailDto>, NotFound, ProblemHttpResult>> ExtendAsync(int id, HttpRequest http, ClaimsPrincipal user, TongHopDbContext db, RequestChanges changes)
    {
        var form = http.HasFormContentType ? await http.ReadFormAsync() : null;
        var errors = new List<string>();
        var deadline = form is null ? null : Deadline(form, errors);
        if (deadline is null)
        {
            return Problem(errors.Count > 0 ? string.Join(" ", errors) : "Cần trường 'deadline' (ví dụ 2025-10-05T17:00, giờ Việt Nam).");
        }

        int? unit = int.TryParse(form!["unitId"], NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : null;
        var result = await changes.ExtendAsync(user, id, unit, deadline.Value, http.HttpContext.RequestAborted);
        return result.NotFound ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.Ok(ApiMapping.ToDetail((await LoadAsync(db, id))!))
            : Problem(string.Join(" ", result.Errors));
    }

    private static async Task<Results<Ok<RequestDetailDto>, NotFound, ProblemHttpResult>> CloseAsync(int id, ClaimsPrincipal user, TongHopDbContext db, RequestChanges changes)
    {
        var result = await changes.SetClosedAsync(user, id, closed: true);
        return result.NotFound ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.Ok(ApiMapping.ToDetail((await LoadAsync(db, id))!))
            : Problem(string.Join(" ", result.Errors), StatusCodes.Status409Conflict);
    }

    private static Task<ReportRequest?> LoadAsync(TongHopDbContext db, int id) =>
        db.Requests.AsNoTracking().Include(r => r.Recipients).ThenInclude(r => r.Unit).SingleOrDefaultAsync(r => r.Id == id);

    private static string? Text(IFormCollection form, string name) => form[name].ToString() is { Length: > 0 } v && v.Trim().Length > 0 ? v.Trim() : null;

    private static DateOnly? Day(IFormCollection form, string name, List<string> errors)
    {
        if (Text(form, name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || VietnameseDates.TryParseLenient(text, out day))
        {
            return day;
        }

        errors.Add($"Trường '{name}' không phải ngày hợp lệ: «{text}» (dạng 2025-09-16 hoặc 16/09/2025).");
        return null;
    }

    // The deadline in Vietnam time: "2025-09-22T14:00" or "2025-09-22 14:00"; a day alone means 17:00.
    private static DateTime? Deadline(IFormCollection form, List<string> errors)
    {
        if (Text(form, "deadline") is not { } text)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToDateTime(new TimeOnly(17, 0));
        }

        errors.Add($"Trường 'deadline' không hợp lệ: «{text}» (dạng 2025-09-22T14:00, giờ Việt Nam).");
        return null;
    }

    private static ProblemHttpResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(detail, statusCode: status, title: "Yêu cầu không hợp lệ");
}
