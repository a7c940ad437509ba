using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace TongHop.Web.Startup;

/// <summary>Server-rendered Razor Pages in Vietnamese (vi-VN numbers and dates), and the OpenAPI description.</summary>
internal static class PagesSetup
{
    public static IServiceCollection AddTongHopPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
        });
        // Vietnamese letters are written as they are, not as &#x1EDD; entities (smaller pages, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var vi = new CultureInfo("vi-VN");
            o.DefaultRequestCulture = new RequestCulture(vi);
            o.SupportedCultures = [vi];
            o.SupportedUICultures = [vi];
        });
        services.AddOpenApi(o => o.AddDocumentTransformer<Api.BearerSecurityTransformer>());
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Converters.Add(new Api.NormalizedDecimalConverter());
        });
        return services;
    }
}
