using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TongHop.Storage.Identity;

namespace TongHop.Application.Security;

/// <summary>Adds the user's unit and display name to the login, so every request knows its scope.</summary>
internal sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(UnitScope.ClaimType, unit.ToString(CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim("tonghop:name", user.DisplayName ?? user.UserName ?? ""));
        return identity;
    }
}
