using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TongHop.Web.Api;

/// <summary>Describes the bearer token scheme in the OpenAPI document, so integrators see how to authenticate.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Token tạo tại trang Tài khoản → Token API (th_…); token mang quyền của người tạo.",
        };
        document.Info.Title = "TongHop API";
        return Task.CompletedTask;
    }
}
