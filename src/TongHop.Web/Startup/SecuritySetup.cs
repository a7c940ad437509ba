using Microsoft.AspNetCore.Authentication;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Web.Security;

namespace TongHop.Web.Startup;

/// <summary>Cookie login (pages), bearer tokens (API), role policies, anti-forgery.</summary>
internal static class SecuritySetup
{
    /// <summary>The default authentication: a bearer token under <c>/api</c> when the request carries one, else the login cookie.</summary>
    public const string ApiOrCookie = "ApiOrCookie";

    public static IServiceCollection AddTongHopSecurity(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddPolicyScheme(ApiOrCookie, null, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "tonghop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            // The API answers with status codes; only pages redirect to the login form.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx.Request, ctx.Response, StatusCodes.Status401Unauthorized, ctx.RedirectUri);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx.Request, ctx.Response, StatusCodes.Status403Forbidden, ctx.RedirectUri);
        });
        services.AddAuthorization();
        services.AddAntiforgery(o => o.Cookie.Name = "tonghop.af");
        return services;
    }

    private static Task ApiOr(HttpRequest request, HttpResponse response, int status, string redirect)
    {
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            response.StatusCode = status;
        }
        else
        {
            response.Redirect(redirect);
        }

        return Task.CompletedTask;
    }
}
