using Microsoft.AspNetCore.Authentication;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Web.Security;

namespace TongHop.Web.Startup;

/// <summary>Cookie login (pages), bearer tokens (API), role policies, anti-forgery.</summary>
internal static class SecuritySetup
{
    public static IServiceCollection AddTongHopSecurity(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
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
