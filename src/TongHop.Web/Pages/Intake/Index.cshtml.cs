using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Intake;
using TongHop.Application.Security;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;
using TongHop.Storage.Files;

namespace TongHop.Web.Pages.Intake;

/// <summary>
/// Bulk intake for the Department: drop many files (or a zip); each is read, matched to its unit and request and filed
/// when certain. The intake inbox below lists the files that wait for a person, with the reasons: one click confirms the
/// proposed unit and request, or changes them (and the received time, with a reason).
/// </summary>
[Authorize(Policy = Policies.Review)]
[RequestSizeLimit(500L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 500L * 1024 * 1024)]
public sealed class IndexModel(TongHopDbContext db, FileIntake intake, IntakeInbox inbox, OriginalStore originals) : PageModel
{
    /// <summary>How the received time is shown and typed: 24/09/2025 16:42, province time.</summary>
    public const string LocalFormat = "dd/MM/yyyy HH:mm";

    [BindProperty(SupportsGet = true)]
    public int? RequestId { get; set; }

    public IReadOnlyList<IntakeItem> Waiting { get; private set; } = [];

    public IReadOnlyList<IntakeItem> Recent { get; private set; } = [];

    public IReadOnlyList<IntakeOutcome> Outcomes { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public IReadOnlyList<ReportRequest> Requests { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public static string ChannelLabel(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Mail => "Thư điện tử",
        IntakeChannel.Folder => "Thư mục theo dõi",
        IntakeChannel.Cli => "Dòng lệnh",
        IntakeChannel.Api => "Kết nối phần mềm",
        _ => "Tải lên",
    };

    public static string StateLabel(IntakeState state) => state switch
    {
        IntakeState.Filed => "Đã vào sổ",
        IntakeState.Dismissed => "Đã bỏ qua",
        IntakeState.Duplicate => "Trùng tệp đã nhận",
        _ => "Chờ xác nhận",
    };

    public static string Local(DateTime utc) => ProvinceTime.ToLocal(utc).ToString(LocalFormat, CultureInfo.InvariantCulture);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(IFormFileCollection files)
    {
        if (files.Count == 0)
        {
            (Message, Failed) = ("Cần chọn ít nhất một tệp.", true);
            await LoadAsync();
            return Page();
        }

        var batch = new List<IncomingFile>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, HttpContext.RequestAborted);
            batch.Add(new IncomingFile(file.FileName, copy.ToArray()));
        }

        Outcomes = await intake.TakeAsync(batch, new IntakeOrigin(IntakeChannel.Upload, User.Identity?.Name, RequestId: RequestId), null, HttpContext.RequestAborted);
        var filed = Outcomes.Count(o => o.Filed);
        Message = $"Đã nhận {Outcomes.Count} tệp: {filed} tệp đã vào sổ, {Outcomes.Count(o => o.Item.State == IntakeState.NeedsReview)} tệp chờ xác nhận"
                  + (Outcomes.Any(o => o.Item.State == IntakeState.Duplicate) ? $", {Outcomes.Count(o => o.Item.State == IntakeState.Duplicate)} tệp trùng." : ".");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, int unitId, int requestId, string? receivedAt, string? reason)
    {
        DateTime? received = null;
        if (!string.IsNullOrWhiteSpace(receivedAt))
        {
            if (!DateTime.TryParseExact(receivedAt.Trim(), ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return await RefusedAsync("Thời gian nhận không hợp lệ (cần dạng ngày/tháng/năm giờ:phút, ví dụ 24/09/2025 16:42).");
            }

            received = ProvinceTime.ToUtc(local);
        }

        var item = await db.IntakeItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (item is not null && received is { } r && Local(r) == Local(item.ReceivedAtUtc))
        {
            received = null; // the form shows the minute; an unchanged minute is no change
        }

        var result = await inbox.ConfirmAsync(User, id, unitId, requestId, received, reason, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return result.Status == StatusCodes.Status404NotFound ? NotFound() : await RefusedAsync(result.Error!);
        }

        TempData["message"] = $"Đã vào sổ tệp {result.Item!.FileName}.";
        return Redirect("/Intake");
    }

    public async Task<IActionResult> OnPostDismissAsync(int id, string? note)
    {
        var result = await inbox.DismissAsync(User, id, note, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return result.Status == StatusCodes.Status404NotFound ? NotFound() : await RefusedAsync(result.Error!);
        }

        TempData["message"] = $"Đã bỏ qua tệp {result.Item!.FileName}.";
        return Redirect("/Intake");
    }

    /// <summary>The original as received, for the person deciding.</summary>
    public async Task<IActionResult> OnGetOriginalAsync(int id)
    {
        var item = await db.IntakeItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        return item is null || !originals.Exists(item.FileSha256)
            ? NotFound()
            : File(originals.OpenRead(item.FileSha256), "application/octet-stream", item.FileName);
    }

    private async Task<IActionResult> RefusedAsync(string error)
    {
        (Message, Failed) = (error, true);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Message ??= TempData["message"] as string;
        Waiting = await inbox.WaitingAsync(HttpContext.RequestAborted);
        Recent = await inbox.RecentAsync(30, HttpContext.RequestAborted);
        Units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Province && u.ClosedOn == null).OrderBy(u => u.Name).ToListAsync();
        Requests = await db.Requests.AsNoTracking().Include(r => r.Recipients).OrderByDescending(r => r.DeadlineUtc).ToListAsync();
    }
}
