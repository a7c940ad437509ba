using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

public sealed partial class ApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_ActsAsItsUser_ForUploadAndReview(string provider)
    {
        var world = await World.CreateAsync(provider);
        var reviewerToken = await CreateTokenAsync(world, world.Reviewer);
        using var api = Client(world, reviewerToken);

        using var form = new MultipartFormDataContent();
        Browser.AddFile(form, "files", "bao-cao-api.txt", "Phường Bình Minh có 9 trạm BTS."u8.ToArray());
        var upload = await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions?unitId={world.UnitB.Id}&resubmit=true", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        Assert.Contains("\"state\":\"queued\"", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var review = await api.PostAsJsonAsync(new Uri($"/api/values/{world.ValueA.Id}/review", UriKind.Relative), new { action = "correct", value = 13.5m });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("\"effectiveValue\":13.5", await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var values = await api.GetStringAsync(new Uri($"/api/submissions/{world.SubmissionA.Id}/values", UriKind.Relative));
        Assert.Contains("\"review\":\"corrected\"", values, StringComparison.Ordinal);
        Assert.Contains("\"span\":[13,15]", values, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_OfReporter_KeepsTheUnitRule(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = Client(world, await CreateTokenAsync(world, world.ReporterA));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri($"/api/submissions/{world.SubmissionB.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(new Uri($"/api/requests/{world.Request.Id}/status", UriKind.Relative))).StatusCode);
        using var form = new MultipartFormDataContent();
        Browser.AddFile(form, "files", "x.txt", "Báo cáo"u8.ToArray());
        var upload = await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions?unitId={world.UnitB.Id}", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        var review = await api.PostAsJsonAsync(new Uri($"/api/values/{world.ValueA.Id}/review", UriKind.Relative), new { action = "reject" });
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        var list = await api.GetStringAsync(new Uri("/api/requests", UriKind.Relative));
        Assert.Contains(world.Request.Title, list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_Revoked_OrUnknown_Is401(string provider)
    {
        var world = await World.CreateAsync(provider);
        var token = await CreateTokenAsync(world, world.Leader);
        using (var api = Client(world, token))
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/requests", UriKind.Relative))).StatusCode);
        }

        await world.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "thu-nghiem-" + world.Leader).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, DateTime.UtcNow)));
        using var revoked = Client(world, token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync(new Uri("/api/requests", UriKind.Relative))).StatusCode);
        using var unknown = Client(world, "th_khong-co-that");
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync(new Uri("/api/requests", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiWrite_WithLoginCookieOnly_IsRefused(string provider)
    {
        // API writes take a bearer token only, so a cross-site form cannot ride on the login cookie.
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var review = await reviewer.Client.PostAsJsonAsync(new Uri($"/api/values/{world.ValueA.Id}/review", UriKind.Relative), new { action = "reject" });
        Assert.Equal(HttpStatusCode.Unauthorized, review.StatusCode);
        Assert.Equal(ReviewState.Auto, (await world.WithDbAsync(db => db.Values.AsNoTracking().SingleAsync(v => v.Id == world.ValueA.Id))).Review);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Extraction_IsTheContractJson(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        var response = await leader.GetAsync($"/api/submissions/{world.SubmissionA.Id}/extraction");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"indicators\":[]}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Values_NameEnumsAsTheExtractContractDoes(string provider)
    {
        var world = await World.CreateAsync(provider);
        await world.WithDbAsync(db => db.Values.Where(v => v.Id == world.ValueA.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Qualifier, Core.Extraction.Qualifier.GreaterThan)));
        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        var values = await leader.Client.GetStringAsync(new Uri($"/api/submissions/{world.SubmissionA.Id}/values", UriKind.Relative));
        Assert.Contains("\"kind\":\"actual\"", values, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"count\"", values, StringComparison.Ordinal);
        Assert.Contains("\"qualifier\":\"gt\"", values, StringComparison.Ordinal);
        Assert.DoesNotContain("greaterThan", values, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApiAndBearerScheme()
    {
        using var browser = Browser.Anonymous(await TestApp.GetAsync("sqlite"));
        var json = await browser.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        foreach (var path in new[] { "/api/requests", "/api/requests/{id}/status", "/api/requests/{id}/figures", "/api/requests/{id}/submissions",
                     "/api/submissions/{id}", "/api/submissions/{id}/values", "/api/submissions/{id}/extraction", "/api/values/{id}/review" })
        {
            Assert.Contains($"\"{path}\"", json, StringComparison.Ordinal);
        }

        Assert.Contains("\"bearer\"", json, StringComparison.Ordinal);
    }

    internal static async Task<string> CreateTokenAsync(World world, string user)
    {
        using var browser = await Browser.LoginAsync(world.App, user);
        var response = await browser.PostFormAsync("/Account/Tokens", "/Account/Tokens", new() { ["Name"] = "thu-nghiem-" + user });
        var match = NewToken().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success);
        return match.Groups[1].Value;
    }

    internal static HttpClient Client(World world, string token)
    {
        var client = world.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [GeneratedRegex("<code id=\"new-token\">(th_[A-Za-z0-9_-]+)</code>")]
    private static partial Regex NewToken();
}
