namespace TongHop.Web.Startup;

/// <summary>The HTTP middleware, in order.</summary>
internal static class PipelineSetup
{
    public static WebApplication UseTongHopPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // API requests get a problem (ExceptionProblems), pages the error page.
            app.UseExceptionHandler("/Error");
        }

        app.UseApiProblems();

        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
