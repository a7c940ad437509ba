using System.Net;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

public sealed class SecurityTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Healthz_Anonymous_Returns200(string provider)
    {
        using var browser = Browser.Anonymous(await TestApp.GetAsync(provider));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pages_Anonymous_RedirectToLogin(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var browser = Browser.Anonymous(world.App);
        foreach (var url in new[] { "/", $"/Requests/{world.Request.Id}", $"/Requests/{world.Request.Id}/Figures", $"/Requests/{world.Request.Id}/Table",
                     $"/Submissions/{world.SubmissionA.Id}", "/Submissions/Upload", "/Requests/Create", "/Admin/Users", "/Account/Tokens" })
        {
            var response = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_Anonymous_Is401(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var browser = Browser.Anonymous(world.App);
        foreach (var url in new[] { "/api/requests", $"/api/requests/{world.Request.Id}/status", $"/api/submissions/{world.SubmissionA.Id}/values" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(url)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoginPage_IsVietnamese(string provider)
    {
        using var browser = Browser.Anonymous(await TestApp.GetAsync(provider));
        var html = await browser.Client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Form_WithoutAntiforgeryToken_IsRefused(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var fields = new Dictionary<string, string> { ["valueId"] = world.ValueA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = "Reject" };
        var response = await reviewer.Client.PostAsync(new Uri($"/Submissions/{world.SubmissionA.Id}?handler=Review", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var value = await world.WithDbAsync(db => db.Values.FindAsync(world.ValueA.Id).AsTask());
        Assert.Equal(TongHop.Storage.Entities.ReviewState.Auto, value!.Review);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_FiveWrongPasswords_LocksOutEvenTheRightOne(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var browser = Browser.Anonymous(world.App);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await browser.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = world.Leader, ["Password"] = "sai-mat-khau-" + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await browser.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = world.Leader, ["Password"] = World.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm khóa", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Passwords_AreStoredHashed(string provider)
    {
        var world = await World.CreateAsync(provider);
        var hash = await world.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == world.Admin).PasswordHash));
        Assert.NotNull(hash);
        Assert.DoesNotContain(World.Password, hash, StringComparison.Ordinal);
    }
}
