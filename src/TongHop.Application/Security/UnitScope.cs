using System.Globalization;
using System.Security.Claims;
using TongHop.Storage.Identity;

namespace TongHop.Application.Security;

/// <summary>
/// The unit a signed-in user is limited to. A user who is only a reporter sees one unit (the
/// <see cref="ClaimType"/> claim); a reporter without a unit sees none. Other roles see every unit.
/// </summary>
public static class UnitScope
{
    public const string ClaimType = "tonghop:unit";

    public static bool IsLimited(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !(user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.Reviewer) || user.IsInRole(AppRoles.Leader));
    }

    public static int? UnitOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return int.TryParse(user.FindFirstValue(ClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public static bool CanSee(ClaimsPrincipal user, int unitId) => !IsLimited(user) || UnitOf(user) == unitId;
}
