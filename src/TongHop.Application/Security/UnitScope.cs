using System.Globalization;
using System.Security.Claims;

namespace TongHop.Application.Security;

/// <summary>
/// The units a signed-in user may see: every unit when they may read province-wide (<see cref="Policies.Read"/>), else
/// the one unit of their <see cref="ClaimType"/> claim (a unit reporter), else none. Worked out by
/// <see cref="Permissions.UnitsOfAsync"/> through the authorization service; every page, API endpoint and service
/// limits what it reads and writes by it.
/// </summary>
public readonly record struct UnitScope(bool Everything, int? UnitId)
{
    public const string ClaimType = "tonghop:unit";

    public static UnitScope All { get; } = new(true, null);

    /// <summary>Only the user's own unit; nothing when <paramref name="unitId"/> is null.</summary>
    public static UnitScope Of(int? unitId) => new(false, unitId);

    /// <summary>Whether the scope is one unit (or none) rather than the whole province.</summary>
    public bool IsLimited => !Everything;

    public bool CanSee(int unitId) => Everything || UnitId == unitId;

    /// <summary>The unit of the user's claim (a reporter's unit), whatever their role.</summary>
    public static int? UnitClaimOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return int.TryParse(user.FindFirstValue(ClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
