using TongHop.Web.Api;
using TongHop.Web.Startup;

namespace TongHop.Web;

/// <summary>Builds and runs the TongHop web application. Reads like a table of contents; each part lives in Startup/.</summary>
public static class WebApp
{
    public static WebApplication Build(WebAppOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            // The pages are compiled into this assembly, whichever process hosts it (the CLI, a test runner).
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            // wwwroot is copied beside the assembly, so `./tonghop serve` finds it from any working folder.
            WebRootPath = Directory.Exists(BundledWebRoot) ? BundledWebRoot : null,
        });
        options = options.WithConfiguration(builder.Configuration);
        if (options.Urls is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        // Every SQL statement at Information level would bury the demo users' passwords printed at start.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // As ASP.NET Core's templates do: ten console lines per request would cost more than the pages themselves.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddTongHopData(options, builder.Configuration);
        builder.Services.AddTongHopSecurity();
        builder.Services.AddTongHopPages();
        builder.AddTongHopReliability();

        var app = builder.Build();
        app.UseTongHopPipeline();
        app.MapHealth();
        app.MapTongHopApi();
        app.MapRazorPages();
        return app;
    }

    private static string BundledWebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static async Task<int> RunAsync(WebAppOptions options, string[]? args = null)
    {
        await using var app = Build(options, args);
        await app.RunAsync();
        return 0;
    }
}
