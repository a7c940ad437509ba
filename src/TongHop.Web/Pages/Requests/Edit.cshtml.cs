using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Requests;
using TongHop.Application.Security;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Requests;

/// <summary>
/// Changes a request after it was sent: its fields, outline and recipients; extends its deadline (for all or for one
/// unit); closes or reopens it. Every change is in the request's history at the bottom of the page.
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class EditModel(TongHopDbContext db, RequestChanges changes) : PageModel
{
    [BindProperty]
    public CreateRequestInput Input { get; set; } = new();

    public ReportRequest? Target { get; private set; }

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public IReadOnlyList<RequestRecipient> Recipients { get; private set; } = [];

    public IReadOnlyList<RequestEvent> Events { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public string? Message { get; private set; }

    public bool PastDeadline => Errors.Contains(RequestChanges.PastDeadline) || Input.AllowPastDeadline;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var r = Target!;
        var local = ProvinceTime.ToLocal(r.DeadlineUtc);
        Input = new CreateRequestInput
        {
            Title = r.Title, DispatchNumber = r.DispatchNumber, DispatchDate = r.DispatchDate, PeriodLabel = r.PeriodLabel,
            PeriodFrom = r.PeriodFrom, PeriodTo = r.PeriodTo, DeadlineDate = DateOnly.FromDateTime(local), DeadlineTime = TimeOnly.FromDateTime(local),
            UnitIds = Recipients.Select(x => x.UnitId).ToList(), OutlineText = RequestOutline.ToText(RequestOutline.Of(r.OutlineJson)),
            RemindDaysBefore = r.RemindDaysBefore,
        };
        Input.Show(RequestSigning.Of(r));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!RequestOutline.TryParseText(Input.OutlineText, out var outline, out var error))
        {
            Errors.Add(error!);
        }
        else
        {
            var result = await changes.EditAsync(User, id, Input.ToFields(outline), HttpContext.RequestAborted);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["message"] = "Đã lưu thay đổi.";
                return Redirect($"/Requests/{id}/Edit");
            }

            Errors.AddRange(result.Errors);
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostExtendAsync(int id, int? unitId, DateOnly? date, TimeOnly? time)
    {
        if (date is null)
        {
            return await AfterAsync(id, RequestChangeResult.Fail(["Cần nhập ngày gia hạn."]), "");
        }

        var result = await changes.ExtendAsync(User, id, unitId, date.Value.ToDateTime(time ?? new TimeOnly(17, 0)), HttpContext.RequestAborted);
        return await AfterAsync(id, result, "Đã gia hạn.");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id) =>
        await AfterAsync(id, await changes.SetClosedAsync(User, id, closed: true, HttpContext.RequestAborted), "Đã đóng yêu cầu.");

    public async Task<IActionResult> OnPostReopenAsync(int id) =>
        await AfterAsync(id, await changes.SetClosedAsync(User, id, closed: false, HttpContext.RequestAborted), "Đã mở lại yêu cầu.");

    private async Task<IActionResult> AfterAsync(int id, RequestChangeResult result, string done)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["message"] = done;
            return Redirect($"/Requests/{id}/Edit");
        }

        Errors.AddRange(result.Errors);
        var page = await OnGetAsync(id);
        return page is NotFoundResult ? page : Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        Message = TempData["message"] as string;
        Target = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (Target is null)
        {
            return false;
        }

        Recipients = await db.RequestRecipients.AsNoTracking().Include(r => r.Unit).Where(r => r.RequestId == id).OrderBy(r => r.Unit!.Name).ToListAsync();
        var chosen = Recipients.Select(r => r.UnitId).ToList();
        Units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Province && (u.ClosedOn == null || chosen.Contains(u.Id))).OrderBy(u => u.Name).ToListAsync();
        Events = await db.RequestEvents.AsNoTracking().Where(e => e.RequestId == id).OrderByDescending(e => e.Id).ToListAsync();
        return true;
    }
}
