using System.Net;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

public sealed class RoleRuleTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reporter_SeesOwnSubmission_NotOtherUnits(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        Assert.Equal(HttpStatusCode.OK, (await reporter.GetAsync($"/Submissions/{world.SubmissionA.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/Submissions/{world.SubmissionB.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/Submissions/{world.SubmissionB.Id}?handler=Original")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/api/submissions/{world.SubmissionB.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/api/submissions/{world.SubmissionB.Id}/values")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/api/submissions/{world.SubmissionB.Id}/extraction")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reporter_ProvinceWidePages_AreForbidden(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        foreach (var url in new[] { $"/Requests/{world.Request.Id}", $"/Requests/{world.Request.Id}/Figures", $"/Requests/{world.Request.Id}/Table",
                     $"/Requests/{world.Request.Id}/Table?handler=Export&format=csv", "/Requests/Create", "/Admin/Units" })
        {
            var response = await reporter.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/api/requests/{world.Request.Id}/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/api/requests/{world.Request.Id}/figures")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reporter_SubmissionList_IsOwnUnitOnly(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterB);
        var json = await reporter.Client.GetStringAsync(new Uri($"/api/requests/{world.Request.Id}/submissions", UriKind.Relative));
        Assert.Contains($"\"id\":{world.SubmissionB.Id},", json, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"id\":{world.SubmissionA.Id},", json, StringComparison.Ordinal);
        var page = await reporter.Client.GetStringAsync(new Uri("/Submissions/Upload", UriKind.Relative));
        Assert.Contains(world.UnitB.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain(world.UnitA.Name, page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reporter_UploadForOtherUnit_IsForbiddenAndStoresNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var fields = new Dictionary<string, string> { ["RequestId"] = $"{world.Request.Id}", ["UnitId"] = $"{world.UnitB.Id}", ["Resubmit"] = "true" };
        var response = await reporter.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", fields,
            f => Browser.AddFile(f, "files", "gia-mao.txt", "Báo cáo giả mạo"u8.ToArray()));
        // The form ignores the posted unit for a reporter: the file lands in the reporter's own unit.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unitsWithNewFiles = await world.WithDbAsync(db => Task.FromResult(db.Submissions.Where(s => s.RequestId == world.Request.Id && s.FileName == "gia-mao.txt").Select(s => s.UnitId).ToList()));
        Assert.Equal([world.UnitA.Id], unitsWithNewFiles);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Leader_ReadsEverything_ChangesNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/Requests/{world.Request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/Submissions/{world.SubmissionB.Id}")).StatusCode);
        var review = await leader.PostFormAsync($"/Submissions/{world.SubmissionA.Id}", $"/Submissions/{world.SubmissionA.Id}?handler=Review",
            new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Reject" });
        Assert.StartsWith("/Account/AccessDenied", review.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.GetAsync("/Submissions/Upload")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.GetAsync("/Requests/Create")).StatusCode);
        var value = await world.WithDbAsync(db => db.Values.FindAsync(world.ValueA.Id).AsTask());
        Assert.Equal(TongHop.Storage.Entities.ReviewState.Auto, value!.Review);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reviewer_AdminPages_AreForbidden(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        foreach (var url in new[] { "/Admin/Users", "/Admin/Units", "/Admin/Indicators" })
        {
            Assert.StartsWith("/Account/AccessDenied", (await reviewer.GetAsync(url)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using var admin = await Browser.LoginAsync(world.App, world.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }
}
