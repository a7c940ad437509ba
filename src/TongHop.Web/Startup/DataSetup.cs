using Microsoft.AspNetCore.Identity;
using TongHop.Storage;
using TongHop.Storage.Identity;
using TongHop.Web.Security;

namespace TongHop.Web.Startup;

/// <summary>Storage of the configured provider, Identity on it, and the start-up initialiser.</summary>
internal static class DataSetup
{
    public static IServiceCollection AddTongHopData(this IServiceCollection services, WebAppOptions options)
    {
        services.AddTongHopStorage(options.Storage);
        services.AddIdentity<AppUser, IdentityRole>(ConfigureIdentity)
            .AddEntityFrameworkStores<TongHopDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        // First hosted service: the database is migrated and seeded before anything serves or works.
        services.AddHostedService<StartupInitializer>();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        // Length over composition rules (NIST SP 800-63B): 10 characters, any kind.
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequireUppercase = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
    }
}
