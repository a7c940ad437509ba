using Microsoft.AspNetCore.Identity;
using TongHop.Application;
using TongHop.Storage.Identity;

namespace TongHop.Web.Startup;

/// <summary>
/// The application layer (storage, Identity, policies, services, workers: <see cref="ApplicationRegistration"/>),
/// the sign-in manager with Identity's cookies on top, and the start-up initialiser.
/// </summary>
internal static class DataSetup
{
    public static IServiceCollection AddTongHopData(this IServiceCollection services, WebAppOptions options, IConfiguration configuration)
    {
        // First hosted service: the database is migrated and seeded before anything serves or works.
        services.AddHostedService<StartupInitializer>();
        services.AddTongHopApplication(ApplicationOptions.From(options.Storage, configuration));
        services.AddAuthentication(o =>
            {
                // The login cookie, or under /api a bearer token when one is sent (SecuritySetup.ApiOrCookie), so that a
                // token's request to a route that does not exist or a method it lacks gets 404 / 405, not 401.
                o.DefaultAuthenticateScheme = SecuritySetup.ApiOrCookie;
                o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        new IdentityBuilder(typeof(AppUser), typeof(IdentityRole), services).AddSignInManager<Security.ConstantTimeSignInManager>();
        return services;
    }
}
