using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Storage;
using TongHop.Storage.Identity;

namespace TongHop.Application.Security;

/// <summary>
/// Identity on the TongHop database, configured in this one place for every host: users with one role each,
/// the password and lockout policy, reset tokens, and the unit claim added at login. A host that signs users
/// in (the web app) adds the sign-in manager and its cookies on top.
/// </summary>
public static class IdentitySetup
{
    public static IdentityBuilder AddTongHopIdentity(this IServiceCollection services)
    {
        // Password reset tokens are protected data; the keys are only made when a token is (never by a command-line run).
        services.AddDataProtection();
        return services.AddIdentityCore<AppUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TongHopDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
    }

    /// <summary>The policy: length over composition rules (NIST SP 800-63B) plus <see cref="PasswordPolicy"/>'s check against
    /// common and guessable passwords, lockout for 15 minutes after 5 failures.</summary>
    public static void Configure(IdentityOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
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
