using TongHop.Application.Users;
using TongHop.Storage.Identity;

namespace TongHop.Application.Security;

/// <summary>
/// Who may do what. Leaders read everything, accept approved reports and reopen them, and change no value; unit reporters upload and see only their
/// own unit (<see cref="UnitScope"/> enforces the unit on every resource).
/// </summary>
public static class Policies
{
    /// <summary>Province-wide pages: dashboards, figures, tables, every submission.</summary>
    public const string Read = "read";

    /// <summary>Confirm, correct or reject values; create requests.</summary>
    public const string Review = "review";

    /// <summary>Accept an approved report, reopen an accepted one: leaders (and administrators).</summary>
    public const string Accept = "accept";

    /// <summary>Send reminders to units.</summary>
    public const string Remind = "remind";

    /// <summary>Catalog, units and users.</summary>
    public const string Admin = "admin";

    /// <summary>Send a report file (reporters for their own unit only).</summary>
    public const string Upload = "upload";

    /// <summary>API writes: bearer token only, so no cross-site form can ride on a login cookie.</summary>
    public const string ApiUpload = "api-upload";

    /// <summary>API review: bearer token only.</summary>
    public const string ApiReview = "api-review";

    /// <summary>API report states (start, return, approve, accept, reopen): bearer token only; the action's own policy decides.</summary>
    public const string ApiReportState = "api-report-state";

    /// <summary>The API accepts the login cookie or a bearer token for reading.</summary>
    public const string ApiSchemes = "Identity.Application," + ApiTokens.SchemeName;

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireRole(AppRoles.Admin, AppRoles.Reviewer, AppRoles.Leader));
        options.AddPolicy(Review, p => p.RequireRole(AppRoles.Admin, AppRoles.Reviewer));
        options.AddPolicy(Accept, p => p.RequireRole(AppRoles.Admin, AppRoles.Leader));
        options.AddPolicy(Remind, p => p.RequireRole(AppRoles.Admin, AppRoles.Reviewer));
        options.AddPolicy(Admin, p => p.RequireRole(AppRoles.Admin));
        options.AddPolicy(Upload, p => p.RequireRole(AppRoles.Admin, AppRoles.Reviewer, AppRoles.Reporter));
        options.AddPolicy(ApiUpload, p => p.AddAuthenticationSchemes(ApiTokens.SchemeName).RequireRole(AppRoles.Admin, AppRoles.Reviewer, AppRoles.Reporter));
        options.AddPolicy(ApiReview, p => p.AddAuthenticationSchemes(ApiTokens.SchemeName).RequireRole(AppRoles.Admin, AppRoles.Reviewer));
        options.AddPolicy(ApiReportState, p => p.AddAuthenticationSchemes(ApiTokens.SchemeName).RequireRole(AppRoles.Admin, AppRoles.Reviewer, AppRoles.Leader));
        options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
