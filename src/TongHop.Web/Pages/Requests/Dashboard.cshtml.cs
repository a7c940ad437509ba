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
}
