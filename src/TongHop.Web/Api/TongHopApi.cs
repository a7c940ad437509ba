using Microsoft.AspNetCore.Authorization;
using TongHop.Application.Security;
using TongHop.Application.Users;

namespace TongHop.Web.Api;

/// <summary>The HTTP API under <c>/api</c>, described at <c>/openapi/v1.json</c>. Same role rules as the pages.</summary>
public static class TongHopApi
{
    public static WebApplication MapTongHopApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Reads accept the login cookie (the pages poll them) or a token; writes take a token only. Two
        // groups, because authorization metadata adds up: a write under the read group would accept cookies.
        var read = app.MapGroup("/api").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = Policies.ApiSchemes });
        var write = app.MapGroup("/api").DisableAntiforgery();
        RequestsApi.MapReads(read);
        RequestsApi.MapWrites(write);
        RequestWritesApi.MapReads(read);
        RequestWritesApi.MapWrites(write);
        SubmissionsApi.MapReads(read);
        SubmissionsApi.MapWrites(write);
        SearchApi.MapReads(read);
        IntakeApi.MapWrites(write);
        DocumentApi.MapReads(read);
        DocumentApi.MapWrites(write);
        return app;
    }
}
