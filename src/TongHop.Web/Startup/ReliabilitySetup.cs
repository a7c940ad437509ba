using System.Globalization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TongHop.Application.Intake;
using TongHop.Web.Errors;
using TongHop.Web.Health;

namespace TongHop.Web.Startup;

/// <summary>
/// What keeps the app honest under faults and hostile input: one upload size limit (Kestrel, the form reader and
/// the store all take <see cref="UploadLimit"/>), problem details for every API error, readiness next to liveness,
/// and sessions that end within <see cref="StampCheck"/> of a role, lock or password change.
/// </summary>
internal static class ReliabilitySetup
{
    /// <summary>How often a login cookie's security stamp is compared with the database (<c>TongHop:Security:StampCheckSeconds</c>).</summary>
    public static readonly TimeSpan StampCheck = TimeSpan.FromSeconds(30);

    public static WebApplicationBuilder AddTongHopReliability(this WebApplicationBuilder builder)
    {
        var upload = UploadLimit.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = upload.RequestBytes);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = upload.RequestBytes);

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Customize);
        builder.Services.AddExceptionHandler<ExceptionProblems>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);

        var seconds = int.TryParse(builder.Configuration["TongHop:Security:StampCheckSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s <= 60
            ? TimeSpan.FromSeconds(s)
            : StampCheck;
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = seconds);
        return builder;
    }

    /// <summary>Answers API errors that carry no body (404, 401, 403, 405 …) with their problem.</summary>
    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseStatusCodePages(context =>
            ApiProblems.IsApi(context.HttpContext.Request)
                ? ApiProblems.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode)
                : Task.CompletedTask);
        app.UseMiddleware<UploadSizeGuard>();
        return app;
    }

    /// <summary><c>/healthz/live</c>: the process answers. <c>/healthz</c> and <c>/healthz/ready</c>: it can serve (the database answers).</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/healthz", ready).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    private const string Ready = "ready";

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var failures = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}");
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "ok" : "unavailable\n" + string.Join('\n', failures));
    }
}
