using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>Review states of a report as a whole (issue 19): every transition, who may take it, the audit trail and the lock.</summary>
public sealed class ReportStateTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryTransition_IsAuditedWithWhoAndWhy(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var leader = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Leader));
        var id = world.SubmissionA.Id;

        Assert.Equal("received", await StateAsync(reviewer, id));
        await ExpectAsync(reviewer, id, "start", null, HttpStatusCode.OK, "underReview");
        await ExpectAsync(reviewer, id, "approve", null, HttpStatusCode.OK, "approved");
        await ExpectAsync(leader, id, "accept", null, HttpStatusCode.OK, "accepted");
        await ExpectAsync(leader, id, "reopen", "Số trạm BTS cần đối chiếu lại với Viettel", HttpStatusCode.OK, "underReview");
        await ExpectAsync(reviewer, id, "return", "Bổ sung số liệu quý III", HttpStatusCode.OK, "returned");

        var trail = await world.WithDbAsync(db => db.SubmissionReviewEvents.AsNoTracking().Where(e => e.SubmissionId == id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["start", "approve", "accept", "reopen", "return"], trail.Select(e => e.Action));
        Assert.Equal([world.Reviewer, world.Reviewer, world.Leader, world.Leader, world.Reviewer], trail.Select(e => e.UserName));
        Assert.Equal(
            [(SubmissionReview.Received, SubmissionReview.UnderReview), (SubmissionReview.UnderReview, SubmissionReview.Approved),
             (SubmissionReview.Approved, SubmissionReview.Accepted), (SubmissionReview.Accepted, SubmissionReview.UnderReview),
             (SubmissionReview.UnderReview, SubmissionReview.Returned)],
            trail.Select(e => (e.FromState, e.ToState)));
        Assert.Equal("Số trạm BTS cần đối chiếu lại với Viettel", trail[3].Comment);
        var states = await reviewer.GetStringAsync(new Uri($"/api/submissions/{id}/states", UriKind.Relative));
        Assert.Contains("\"comment\":\"Bổ sung số liệu quý III\"", states, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refusals_SayWhyInProblemDetails(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var leader = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Leader));
        using var reporter = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.ReporterA));
        var id = world.SubmissionA.Id;

        // Who may: a leader neither starts nor approves, a reviewer does not accept, a reporter does nothing.
        await ExpectAsync(leader, id, "approve", null, HttpStatusCode.Forbidden, null);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(reporter, id, "start", null)).StatusCode);
        // Words are needed to return; an unknown action is a 400; accept needs an approved report.
        var noComment = await PostAsync(reviewer, id, "return", "  ");
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal("application/problem+json", noComment.Content.Headers.ContentType?.MediaType);
        Assert.Contains("chỉnh sửa", Detail(await noComment.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(reviewer, id, "publish", null)).StatusCode);
        await ExpectAsync(reviewer, id, "approve", null, HttpStatusCode.OK, "approved");
        await ExpectAsync(reviewer, id, "accept", null, HttpStatusCode.Forbidden, null);
        await ExpectAsync(leader, id, "accept", null, HttpStatusCode.OK, "accepted");
        var twice = await PostAsync(leader, id, "accept", null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("Đã chấp nhận", Detail(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // An accepted report is reopened by a leader only, with a reason.
        await ExpectAsync(reviewer, id, "reopen", "sửa lại", HttpStatusCode.Forbidden, null);
        await ExpectAsync(leader, id, "reopen", null, HttpStatusCode.BadRequest, null);
        Assert.Equal(SubmissionReview.Accepted, await world.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Review).SingleAsync()));
        Assert.Equal(2, await world.WithDbAsync(db => db.SubmissionReviewEvents.CountAsync(e => e.SubmissionId == id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AcceptedValues_AreLocked_UntilReopened(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var leader = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Leader));
        var id = world.SubmissionA.Id;
        var valueUrl = new Uri($"/api/values/{world.ValueA.Id}/review", UriKind.Relative);

        // The first correction starts the review by itself.
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync(valueUrl, new { action = "correct", value = 14m })).StatusCode);
        Assert.Equal("underReview", await StateAsync(reviewer, id));
        await ExpectAsync(reviewer, id, "approve", null, HttpStatusCode.OK, "approved");
        await ExpectAsync(leader, id, "accept", null, HttpStatusCode.OK, "accepted");

        // A leader cannot correct at all; a reviewer is refused with 409 and the reason while the report is accepted.
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync(valueUrl, new { action = "correct", value = 99m })).StatusCode);
        var locked = await reviewer.PostAsJsonAsync(valueUrl, new { action = "correct", value = 99m });
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("mở lại", Detail(await locked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var value = await world.WithDbAsync(db => db.Values.AsNoTracking().SingleAsync(v => v.Id == world.ValueA.Id));
        Assert.Equal((ReviewState.Corrected, 14m), (value.Review, value.CorrectedValue!.Value));
        Assert.Contains("\"reviewState\":\"accepted\",\"locked\":true", await reviewer.GetStringAsync(new Uri($"/api/submissions/{id}", UriKind.Relative)), StringComparison.Ordinal);

        // No new version is taken in over an accepted report either.
        using var reporter = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.ReporterA));
        using (var form = new MultipartFormDataContent())
        {
            Browser.AddFile(form, "files", "ban-moi.txt", "Xã An Phú có 13 trạm BTS."u8.ToArray());
            var upload = await reporter.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.Conflict, upload.StatusCode);
        }

        // Reopening restores corrections.
        await ExpectAsync(leader, id, "reopen", "Đơn vị báo sai số trạm", HttpStatusCode.OK, "underReview");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync(valueUrl, new { action = "correct", value = 15m })).StatusCode);
        Assert.Equal(15m, await world.WithDbAsync(db => db.Values.Where(v => v.Id == world.ValueA.Id).Select(v => v.CorrectedValue).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Returned_ReporterSeesComment_ResubmitsAsNewVersion_OldVersionNoLongerMoves(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var page = $"/Submissions/{world.SubmissionA.Id}";
        var returned = await reviewer.PostFormAsync(page, page + "?handler=State", new() { ["reportAction"] = "return", ["comment"] = "Thiếu phụ lục số liệu hạ tầng số" });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var html = await reporter.Client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("Thiếu phụ lục số liệu hạ tầng số", html, StringComparison.Ordinal);
        Assert.Contains("Trả lại để chỉnh sửa", html, StringComparison.Ordinal);
        Assert.DoesNotContain("act-approve", html, StringComparison.Ordinal);

        var upload = await reporter.PostFormAsync($"/Submissions/Upload?requestId={world.Request.Id}", "/Submissions/Upload",
            new() { ["RequestId"] = $"{world.Request.Id}", ["UnitId"] = $"{world.UnitA.Id}", ["Resubmit"] = "true" },
            form => Browser.AddFile(form, "files", "bao-cao-sua.txt", "Xã An Phú có 12 trạm BTS và phụ lục."u8.ToArray()));
        Assert.True(upload.IsSuccessStatusCode || upload.StatusCode == HttpStatusCode.Redirect, upload.StatusCode.ToString());
        var versions = await world.WithDbAsync(db => db.Submissions.AsNoTracking().Where(s => s.UnitId == world.UnitA.Id).OrderBy(s => s.Version).Select(s => new { s.Version, s.Review }).ToListAsync());
        Assert.Equal([(1, SubmissionReview.Returned), (2, SubmissionReview.Received)], versions.Select(v => (v.Version, v.Review)));

        var old = await reviewer.PostFormAsync(page, page + "?handler=State", new() { ["reportAction"] = "approve" });
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal(SubmissionReview.Returned, await world.WithDbAsync(db => db.Submissions.Where(s => s.Id == world.SubmissionA.Id).Select(s => s.Review).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dashboard_ShowsReviewProgress(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync(new Uri($"/api/values/{world.ValueA.Id}/review", UriKind.Relative), new { action = "confirm" })).StatusCode);
        await ExpectAsync(reviewer, world.SubmissionA.Id, "approve", null, HttpStatusCode.OK, "approved");
        using var browser = await Browser.LoginAsync(world.App, world.Leader);
        var html = await browser.Client.GetStringAsync(new Uri($"/Requests/{world.Request.Id}", UriKind.Relative));
        Assert.Matches("id=\"progress-values\"><span class=\"muted\">[^<]*</span><b>1/2</b>", html);
        Assert.Matches("id=\"progress-approved\"><span class=\"muted\">[^<]*</span><b>1/2</b>", html);
    }

    private static async Task<string> StateAsync(HttpClient api, int id)
    {
        using var doc = JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/submissions/{id}", UriKind.Relative)));
        return doc.RootElement.GetProperty("reviewState").GetString()!;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient api, int id, string action, string? comment) =>
        api.PostAsJsonAsync(new Uri($"/api/submissions/{id}/state", UriKind.Relative), new { action, comment });

    private static async Task ExpectAsync(HttpClient api, int id, string action, string? comment, HttpStatusCode status, string? state)
    {
        using var response = await PostAsync(api, id, action, comment);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{action}: {response.StatusCode} {body}");
        if (state is not null)
        {
            using var doc = JsonDocument.Parse(body);
            Assert.Equal(state, doc.RootElement.GetProperty("reviewState").GetString());
        }
    }

    private static string Detail(string problem)
    {
        using var doc = JsonDocument.Parse(problem);
        return doc.RootElement.GetProperty("detail").GetString()!;
    }
}
