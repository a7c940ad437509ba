using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;
using TongHop.Web.Security;

namespace TongHop.Web.Pages.Admin;

/// <summary>User administration: list with roles and lockouts; add a user bound to a unit when a reporter.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UsersModel(TongHopDbContext db, UserManager<AppUser> users) : PageModel
{
    public IReadOnlyList<(AppUser User, IList<string> Roles, string? UnitName)> Users { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string userName, string? displayName, string password, string role, int? unitId)
    {
        var result = await UserAdministration.CreateAsync(users, userName, displayName, password, role, unitId);
        (Message, Failed) = result.Succeeded ? ($"Đã thêm người dùng {userName}.", false) : (result.Error, true);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync();
        Units = units;
        var list = new List<(AppUser, IList<string>, string?)>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).Take(500).ToListAsync())
        {
            list.Add((user, await users.GetRolesAsync(user), units.FirstOrDefault(u => u.Id == user.UnitId)?.Name));
        }

        Users = list;
    }
}
