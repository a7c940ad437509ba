using Microsoft.AspNetCore.Authorization;
using TongHop.Web.Security;

namespace TongHop.Web.Api;

/// <summary>The HTTP API under <c>/api</c>, described at <c>/openapi/v1.json</c>. Same role rules as the pages.</summary>
public static class TongHopApi
{
    public static WebApplication MapTongHopApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = Policies.ApiSchemes });
        RequestsApi.Map(api);
        SubmissionsApi.Map(api);
        return app;
    }
}
