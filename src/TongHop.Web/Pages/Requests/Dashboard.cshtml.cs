using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Application.Reporting;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;
using TongHop.Synthesis.Reporting;

namespace TongHop.Web.Pages.Requests;

/// <summary>The request dashboard: rates, units × status, whom to call, count-down.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DashboardModel(ReportingQueries queries, Permissions permissions) : PageModel
{
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

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Dashboard = await queries.DashboardAsync(id, HttpContext.RequestAborted);
        CanUpload = await permissions.AllowsAsync(User, Policies.Upload) && await permissions.AllowsAsync(User, Policies.Read);
        return Dashboard is null ? NotFound() : Page();
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
