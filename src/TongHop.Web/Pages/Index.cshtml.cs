using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;

namespace TongHop.Web.Pages;

/// <summary>The requests a user may see: all of them, or those sent to a reporter's unit.</summary>
public sealed class IndexModel(TongHopDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ReportRequest> Requests { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    public bool CanRead => !UnitScope.IsLimited(User);

    /// <summary>A unit's reporter: the unit's latest submission of each request (their own view: sent or not, when, its state).</summary>
    public IReadOnlyDictionary<int, Submission> Own { get; private set; } = new Dictionary<int, Submission>();

    public bool CanCreate => User.IsInRole(AppRoles.Admin) || User.IsInRole(AppRoles.Reviewer);

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var limited = UnitScope.IsLimited(User);
        var unit = UnitScope.UnitOf(User);
        Requests = await db.Requests.AsNoTracking()
            .Where(r => !limited || r.Recipients.Any(x => x.UnitId == unit))
            .OrderByDescending(r => r.DeadlineUtc).ToListAsync();
        if (unit is { } own && limited)
        {
            Own = await OwnAsync(own);
        }
    }

    private async Task<Dictionary<int, Submission>> OwnAsync(int unit)
    {
        var latest = await db.Submissions.AsNoTracking().Where(s => s.UnitId == unit).GroupBy(s => s.RequestId).Select(g => g.Max(s => s.Id)).ToListAsync();
        return await db.Submissions.AsNoTracking().Where(s => latest.Contains(s.Id)).ToDictionaryAsync(s => s.RequestId);
    }
}
