using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Reminders;
using TongHop.Application.Reporting;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;
using TongHop.Synthesis.Reporting;

namespace TongHop.Web.Pages.Requests;

/// <summary>The request dashboard: rates, units × status, whom to call, count-down.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DashboardModel(ReportingQueries queries, Permissions permissions) : PageModel
{
    /// <summary>The latest reminders of this request, with their delivery.</summary>
    public IReadOnlyList<(Reminder Reminder, string UnitName)> Reminders { get; private set; } = [];

    public bool CanRemind { get; private set; }

    /// <summary>Above this many units the grid shows one tile per province (parent unit), each leading to its units.</summary>
    public const int GridLimit = 300;

    public RequestDashboard? Dashboard { get; private set; }

    /// <summary>Only the units under this parent (a province at national scale); null for all.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Parent { get; set; }

    public bool Grouped => Parent is null && Dashboard is { Units.Count: > GridLimit };

    /// <summary>Whether the user may send a report for any unit (<see cref="Policies.Upload"/> and <see cref="Policies.Read"/>).</summary>
    public bool CanUpload { get; private set; }

    /// <summary>The units' rates per parent (province), in code order; what the grouped grid and call list show.</summary>
    public IReadOnlyList<(OrgUnit? Parent, ReportingRates Rates)> ByParent() =>
        Dashboard!.Units.GroupBy(u => u.Unit.Parent)
            .OrderBy(g => g.Key?.Code, StringComparer.Ordinal)
            .Select(g => (g.Key, ReportingRates.From(g.Select(u => u.State))))
            .ToList();

    public async Task<IActionResult> OnGetAsync(int id, [FromServices] TongHopDbContext db)
    {
        Dashboard = await queries.DashboardAsync(id, HttpContext.RequestAborted);
        CanUpload = await permissions.AllowsAsync(User, Policies.Upload) && await permissions.AllowsAsync(User, Policies.Read);
        if (Dashboard is null)
        {
            return NotFound();
        }

        CanRemind = await permissions.AllowsAsync(User, Policies.Remind);
        Reminders = (await db.Reminders.AsNoTracking().Where(r => r.RequestId == id).OrderByDescending(r => r.Id).Take(30)
                .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, u.Name }).ToListAsync(HttpContext.RequestAborted))
            .Select(x => (x.r, x.Name)).ToList();
        return Page();
    }

    /// <summary>"Nhắc": e-mails one unit (<paramref name="unitId"/>) or every unit the request still waits for, through the job queue.</summary>
    public async Task<IActionResult> OnPostRemindAsync(int id, int? unitId, [FromServices] ReminderRequests reminders)
    {
        if (!await permissions.AllowsAsync(User, Policies.Remind))
        {
            return Forbid();
        }

        await reminders.QueueAsync(id, unitId, User.Identity?.Name, HttpContext.RequestAborted);
        TempData["ok"] = unitId is null ? "Đã xếp lịch gửi thư nhắc tới các đơn vị chưa nộp." : "Đã xếp lịch gửi thư nhắc tới đơn vị.";
        return Redirect($"/Requests/{id}#reminders");
    }

    /// <summary>The province's synthesis of this request: the Decree 30 report (.docx) or its workbook (.xlsx).</summary>
    public async Task<IActionResult> OnGetSynthesisAsync(int id, string? format, [FromServices] SynthesisLoader loader)
    {
        var synthesis = await loader.LoadAsync(id, HttpContext.RequestAborted);
        if (synthesis is null)
        {
            return NotFound();
        }

        var name = $"bao-cao-tong-hop-yeu-cau-{id}";
        return format == "xlsx"
            ? File(synthesis.ToXlsx(), LoadedSynthesis.XlsxContentType, name + ".xlsx")
            : File(synthesis.ToDocx(), LoadedSynthesis.DocxContentType, name + ".docx");
    }
}
