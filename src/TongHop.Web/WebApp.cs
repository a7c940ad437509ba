namespace TongHop.Web;

/// <summary>Builds and runs the TongHop web application.</summary>
public static class WebApp
{
    public static WebApplication Build(WebAppOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [] });
        if (options.Urls is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        Directory.CreateDirectory(options.DataDirectory);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/", () => Results.Content(HomePage.Html, "text/html; charset=utf-8"));
        return app;
    }

    public static async Task<int> RunAsync(WebAppOptions options, string[]? args = null)
    {
        await using var app = Build(options, args);
        await app.RunAsync();
        return 0;
    }
}
