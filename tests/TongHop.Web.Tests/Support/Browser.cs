using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TongHop.Web.Tests.Support;

/// <summary>An HTTP client that behaves like a browser: keeps cookies, does not follow redirects, posts forms with the page's anti-forgery token.</summary>
public sealed partial class Browser : IDisposable
{
    private Browser(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static Browser Anonymous(TestApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<Browser> LoginAsync(TestApp app, string user, string password = World.Password)
    {
        var browser = Anonymous(app);
        var response = await browser.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = user, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Loads <paramref name="formPage"/> for its anti-forgery token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields, Action<MultipartFormDataContent>? files = null)
    {
        var token = await TokenAsync(formPage);
        fields["__RequestVerificationToken"] = token;
        if (files is null)
        {
            return await Client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
        }

        using var multipart = new MultipartFormDataContent();
        foreach (var (k, v) in fields)
        {
            multipart.Add(new StringContent(v), k);
        }

        files(multipart);
        return await Client.PostAsync(new Uri(action, UriKind.Relative), multipart);
    }

    public static void AddFile(MultipartFormDataContent form, string field, string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(form);
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, field, name);
    }

    public async Task<string> TokenAsync(string page)
    {
        var html = await Client.GetStringAsync(new Uri(page, UriKind.Relative));
        var match = TokenField().Match(html);
        Assert.True(match.Success, "no anti-forgery token on " + page);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
