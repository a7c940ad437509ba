using Microsoft.AspNetCore.Identity;
using TongHop.Storage.Identity;

namespace TongHop.Web.Security;

/// <summary>Creates a user with one role; shared by the users page and <c>tonghop admin create-user</c>.</summary>
public static class UserAdministration
{
    public static async Task<(bool Succeeded, string? Error)> CreateAsync(
        UserManager<AppUser> users, string userName, string? displayName, string password, string role, int? unitId)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (!AppRoles.All.Contains(role))
        {
            return (false, $"Vai trò không hợp lệ: {role} (admin, reviewer, leader, reporter).");
        }

        if (role == AppRoles.Reporter && unitId is null)
        {
            return (false, "Cán bộ báo cáo phải gắn với một đơn vị.");
        }

        var user = new AppUser { UserName = userName, DisplayName = displayName, UnitId = role == AppRoles.Reporter ? unitId : null };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (false, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return (true, null);
    }
}
