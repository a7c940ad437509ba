using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Identity;

namespace TongHop.Web.Security;

/// <summary>
/// <c>Authorization: Bearer th_…</c>: the token acts as its user, with the same roles and unit, so the
/// API obeys the same rules as the pages. A revoked token or a locked-out user is refused.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TongHopDbContext db,
    SignInManager<AppUser> signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = ApiTokens.SchemeName;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokens.Hash(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAtUtc == null);
        var user = token is null ? null : await signIn.UserManager.FindByIdAsync(token.UserId);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("invalid token");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, principal.Identities.First().NameClaimType, principal.Identities.First().RoleClaimType);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
