using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;

namespace TongHop.Web.Pages.Admin;

/// <summary>
/// User administration: list with roles and lockouts; add a user bound to a unit when a reporter; change a
/// user's role and unit, lock and unlock, reset the password.
/// </summary>
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

    public Task<IActionResult> OnPostRoleAsync(string id, string role, int? unitId) =>
        AfterAsync(UserAdministration.ChangeRoleAsync(users, id, role, unitId, users.GetUserId(User)), "Đã đổi vai trò và đơn vị.");

    public Task<IActionResult> OnPostLockAsync(string id) =>
        AfterAsync(UserAdministration.SetLockedAsync(users, id, locked: true, users.GetUserId(User)), "Đã khóa tài khoản.");

    public Task<IActionResult> OnPostUnlockAsync(string id) =>
        AfterAsync(UserAdministration.SetLockedAsync(users, id, locked: false, users.GetUserId(User)), "Đã mở khóa tài khoản.");

    public Task<IActionResult> OnPostResetAsync(string id, string? password) =>
        AfterAsync(UserAdministration.ResetPasswordAsync(users, id, password), "Đã đặt lại mật khẩu.");

    private async Task<IActionResult> AfterAsync(Task<(bool Succeeded, string? Error)> change, string done)
    {
        var result = await change;
        if (result.Error == UserAdministration.NotFound)
        {
            return NotFound();
        }

        (Message, Failed) = result.Succeeded ? (done, false) : (result.Error, true);
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
