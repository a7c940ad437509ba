using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;

namespace TongHop.Web.Pages;

/// <summary>The requests a user may see: all of them, or those sent to a reporter's unit.</summary>
public sealed class IndexModel(TongHopDbContext db, TimeProvider clock, Permissions permissions) : PageModel
{
    public IReadOnlyList<ReportRequest> Requests { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    /// <summary>Province-wide pages (<see cref="Policies.Read"/>).</summary>
    public bool CanRead { get; private set; }

    /// <summary>A unit's reporter: the unit's latest submission of each request (their own view: sent or not, when, its state).</summary>
    public IReadOnlyDictionary<int, Submission> Own { get; private set; } = new Dictionary<int, Submission>();

    /// <summary>New requests (<see cref="Policies.Review"/>).</summary>
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var (all, unit) = await permissions.UnitsOfAsync(User);
        (CanRead, CanCreate) = (all, await permissions.AllowsAsync(User, Policies.Review));
        Requests = await db.Requests.AsNoTracking()
            .Where(r => all || r.Recipients.Any(x => x.UnitId == unit))
            .OrderByDescending(r => r.DeadlineUtc).ToListAsync();
        if (unit is { } own && !all)
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
