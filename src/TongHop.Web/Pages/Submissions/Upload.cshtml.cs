using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Intake;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Submissions;

/// <summary>
/// Upload of one or several report files (drag and drop). A reporter uploads for their own unit only;
/// the list below shows the processing state, refreshed live by upload.js through the API.
/// </summary>
[Authorize(Policy = Policies.Upload)]
public sealed class UploadModel(TongHopDbContext db, SubmissionIntake intake, Permissions permissions, UploadLimit limit) : PageModel
{
    /// <summary>The upload limit, also checked in the browser before sending (upload.js).</summary>
    public UploadLimit Limit => limit;

    [BindProperty(SupportsGet = true)]
    public int? RequestId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    public IReadOnlyList<ReportRequest> Requests { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public IReadOnlyList<Submission> Submissions { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public static string StateLabel(ProcessingState state) => state switch
    {
        ProcessingState.Queued => "Đang chờ xử lý",
        ProcessingState.Processing => "Đang đọc số liệu",
        ProcessingState.Done => "Đã xử lý",
        _ => "Lỗi",
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(IFormFileCollection files)
    {
        var units = await permissions.UnitsOfAsync(User);
        var unit = units.Everything ? UnitId : units.UnitId;
        if (RequestId is null || unit is null || files.Count == 0)
        {
            (Message, Failed) = ("Cần chọn yêu cầu, đơn vị và ít nhất một tệp.", true);
            await LoadAsync();
            return Page();
        }

        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var result = await intake.AcceptAsync(User, RequestId.Value, unit.Value, file.FileName, stream, HttpContext.RequestAborted);
            if (!result.Succeeded)
            {
                return result.Status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound ? StatusCode(result.Status) : await RefusedAsync(result);
            }
        }

        TempData["message"] = $"Đã nhận {files.Count} tệp. Hệ thống đang đọc số liệu.";
        return Redirect($"/Submissions/Upload?requestId={RequestId}&unitId={unit}");
    }

    // The form again with the reason (too large, empty, disk full …), under the refusal's own status.
    private async Task<IActionResult> RefusedAsync(IntakeResult result)
    {
        (Message, Failed) = (result.Error, true);
        Response.StatusCode = result.Status;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Message ??= TempData["message"] as string;
        var (all, own) = await permissions.UnitsOfAsync(User);
        var limited = !all;
        UnitId = limited ? own : UnitId;
        Requests = await db.Requests.AsNoTracking().Where(r => !limited || r.Recipients.Any(x => x.UnitId == own)).OrderByDescending(r => r.DeadlineUtc).ToListAsync();
        Units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Province && (!limited || u.Id == own)).OrderBy(u => u.Name).ToListAsync();
        Submissions = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Request)
            .Where(s => (UnitId == null || s.UnitId == UnitId) && (RequestId == null || s.RequestId == RequestId))
            .OrderByDescending(s => s.Id).Take(100).ToListAsync();
    }
}
