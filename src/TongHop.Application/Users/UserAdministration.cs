using Microsoft.AspNetCore.Identity;
using TongHop.Storage.Identity;

namespace TongHop.Application.Users;

/// <summary>
/// Creates a user with one role (shared by the users page and <c>tonghop admin create-user</c>); changes a
/// user's role and unit, locks and unlocks, resets the password. Errors are Vietnamese. An administrator
/// cannot lock or demote their own account (the province must not lose its last way in by a slip).
/// </summary>
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

        if (RoleError(role, unitId) is { } error)
        {
            return (false, error);
        }

        var user = new AppUser { UserName = userName, DisplayName = displayName, UnitId = role == AppRoles.Reporter ? unitId : null };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (false, Describe(created));
        }

        await users.AddToRoleAsync(user, role);
        return (true, null);
    }

    public const string NotFound = "Không tìm thấy người dùng.";

    public static async Task<(bool Succeeded, string? Error)> ChangeRoleAsync(UserManager<AppUser> users, string id, string role, int? unitId, string? actingUserId)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (false, NotFound);
        }

        if (RoleError(role, unitId) is { } error)
        {
            return (false, error);
        }

        if (id == actingUserId && role != AppRoles.Admin)
        {
            return (false, "Không thể bỏ quyền quản trị của chính mình.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        if (!added.Succeeded)
        {
            return (false, Describe(added));
        }

        user.UnitId = role == AppRoles.Reporter ? unitId : null;
        // A new security stamp signs the user out everywhere, so the old role stops working at once.
        await users.UpdateSecurityStampAsync(user);
        return (true, null);
    }

    public static async Task<(bool Succeeded, string? Error)> SetLockedAsync(UserManager<AppUser> users, string id, bool locked, string? actingUserId)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (false, NotFound);
        }

        if (locked && id == actingUserId)
        {
            return (false, "Không thể tự khóa tài khoản của mình.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded && !locked)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }
        else if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded ? (true, null) : (false, Describe(result));
    }

    public static async Task<(bool Succeeded, string? Error)> ResetPasswordAsync(UserManager<AppUser> users, string id, string? password)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (false, NotFound);
        }

        var minimum = users.Options.Password.RequiredLength;
        if (password is null || password.Length < minimum)
        {
            return (false, $"Mật khẩu mới phải có ít nhất {minimum} ký tự.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password ?? "");
        return result.Succeeded ? (true, null) : (false, Describe(result));
    }

    private static string? RoleError(string role, int? unitId) =>
        !AppRoles.All.Contains(role) ? $"Vai trò không hợp lệ: {role} (admin, reviewer, leader, reporter)."
        : role == AppRoles.Reporter && unitId is null ? "Cán bộ báo cáo phải gắn với một đơn vị."
        : null;

    internal static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
