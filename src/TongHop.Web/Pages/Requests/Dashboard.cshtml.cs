using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Storage.Identity;
using TongHop.Web.Reporting;
using TongHop.Web.Security;

namespace TongHop.Web.Pages.Requests;

/// <summary>The request dashboard: rates, units × status, whom to call, count-down.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DashboardModel(ReportingQueries queries) : PageModel
{
    public RequestDashboard? Dashboard { get; private set; }

    public bool CanUpload => User.IsInRole(AppRoles.Admin) || User.IsInRole(AppRoles.Reviewer);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Dashboard = await queries.DashboardAsync(id, HttpContext.RequestAborted);
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
