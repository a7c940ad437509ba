using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace TongHop.Application.Security;

/// <summary>
/// Who may do what, asked of the authorization service against the <see cref="Policies"/> (the one statement of the
/// role rules): pages and endpoints declare a policy, and the application services ask again before they act for a
/// user, so a rule holds whichever way a service is reached.
/// </summary>
public sealed class Permissions(IAuthorizationService authorization)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string policy)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await authorization.AuthorizeAsync(user, null, policy).ConfigureAwait(false)).Succeeded;
    }

    /// <summary>The units <paramref name="user"/> may see (<see cref="UnitScope"/>).</summary>
    public async Task<UnitScope> UnitsOfAsync(ClaimsPrincipal user) =>
        await AllowsAsync(user, Policies.Read).ConfigureAwait(false) ? UnitScope.All : UnitScope.Of(UnitScope.UnitClaimOf(user));
}
