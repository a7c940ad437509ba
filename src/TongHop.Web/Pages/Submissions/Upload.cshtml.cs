using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Intake;
using TongHop.Application.Security;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Submissions;

/// <summary>
/// Sending a report: one main report and its annexes as one submission (drag and drop). A unit that already sent
/// one says so explicitly ("Nộp lại": a new version); a wrong upload can be withdrawn before review. A file that is no
/// document is refused with the reason and nothing is stored; the page keeps its choices after any error. The list
/// shows each submission's files, receipt and the warnings of the intake checks (another unit, another period, the
/// same file sent before); the processing state is refreshed live by upload.js through the API.
/// </summary>
[Authorize(Policy = Policies.Upload)]
public sealed class UploadModel(TongHopDbContext db, SubmissionIntake intake, SubmissionWithdrawal withdrawal, Permissions permissions, UploadLimit limit) : PageModel
{
    /// <summary>The upload limit, also checked in the browser before sending (upload.js).</summary>
    public UploadLimit Limit => limit;

    [BindProperty(SupportsGet = true)]
    public int? RequestId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    /// <summary>The unit means to replace what it sent (nộp lại).</summary>
    [BindProperty]
    public bool Resubmit { get; set; }

    public IReadOnlyList<ReportRequest> Requests { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public IReadOnlyList<Submission> Submissions { get; private set; } = [];

    /// <summary>The intake warnings of the listed submissions, by submission.</summary>
    public ILookup<int, FindingRecord> Warnings { get; private set; } = Array.Empty<FindingRecord>().ToLookup(f => f.SubmissionId);

    /// <summary>The unit's submission that counts for the chosen request, if it sent one.</summary>
    public Submission? Current { get; private set; }

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

    /// <param name="report">The main report.</param>
    /// <param name="annexes">Its annexes (phụ lục).</param>
    /// <param name="files">Files without a role (drag and drop of several, older clients): the first is the main report.</param>
    public async Task<IActionResult> OnPostAsync(IFormFile? report, List<IFormFile>? annexes, List<IFormFile>? files)
    {
        var units = await permissions.UnitsOfAsync(User);
        var unit = units.Everything ? UnitId : units.UnitId;
        var chosen = new List<IFormFile>();
        if (report is { Length: > 0 }) { chosen.Add(report); }
        chosen.AddRange((files ?? []).Where(f => f.Length > 0 || f.FileName.Length > 0));
        chosen.AddRange((annexes ?? []).Where(f => f.Length > 0 || f.FileName.Length > 0));
        if (RequestId is null || unit is null || chosen.Count == 0)
        {
            return await RefusedAsync("Cần chọn yêu cầu, đơn vị và ít nhất một tệp.");
        }

        var streams = chosen.Select(f => (f.FileName, Stream: f.OpenReadStream())).ToList();
        try
        {
            var upload = new IntakeRequest(RequestId.Value, unit.Value, streams.Select(s => new IntakeFile(s.FileName, s.Stream)).ToList(), Resubmit);
            var result = await intake.AcceptAsync(User, upload, HttpContext.RequestAborted);
            if (!result.Succeeded)
            {
                return result.Status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound ? StatusCode(result.Status) : await RefusedAsync(result);
            }

            var annexCount = chosen.Count - 1;
            TempData["message"] = $"Đã nhận báo cáo «{result.Submission.FileName}»" + (annexCount > 0 ? $" và {annexCount} phụ lục" : "") +
                $" (bản {result.Submission.Version}, biên nhận {Receipt.NumberOf(result.Submission)}). Hệ thống đang đọc số liệu.";
            return Redirect($"/Submissions/Upload?requestId={RequestId}&unitId={unit}");
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int submissionId)
    {
        var result = await withdrawal.WithdrawAsync(User, submissionId, HttpContext.RequestAborted);
        if (result.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return await RefusedAsync(result.Error);
        }

        TempData["message"] = $"Đã rút bản {result.Submission.Version} (biên nhận {Receipt.NumberOf(result.Submission)}).";
        return Redirect($"/Submissions/Upload?requestId={result.Submission.RequestId}&unitId={result.Submission.UnitId}");
    }

    private async Task<IActionResult> RefusedAsync(string error)
    {
        (Message, Failed) = (error, true);
        await LoadAsync();
        return Page();
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
        RequestId ??= Requests.FirstOrDefault()?.Id;
        Units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Province && (!limited || u.Id == own)).OrderBy(u => u.Name).ToListAsync();
        Submissions = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Request).Include(s => s.Files)
            .Where(s => (UnitId == null || s.UnitId == UnitId) && (RequestId == null || s.RequestId == RequestId))
            .OrderByDescending(s => s.Id).Take(100).ToListAsync();
        var ids = Submissions.Select(s => s.Id).ToList();
        var codes = IntakeChecks.Codes.ToList();
        Warnings = (await db.Findings.AsNoTracking().Where(f => ids.Contains(f.SubmissionId) && codes.Contains(f.Code)).OrderBy(f => f.Id).ToListAsync())
            .ToLookup(f => f.SubmissionId);
        Current = UnitId is null ? null : Submissions.Where(s => s.UnitId == UnitId && s.RequestId == RequestId && s.WithdrawnAtUtc == null).MaxBy(s => s.Version);
    }
}
