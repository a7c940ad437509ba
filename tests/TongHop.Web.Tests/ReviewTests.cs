using System.Net;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Processing;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

public sealed class ReviewTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Correct_VietnameseNumber_WritesAuditTrailAndChangesProvinceFigure(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        Assert.Contains("\"key\":\"bts_stations\",\"name\":\"Số trạm phát sóng di động (BTS)\",\"unit\":\"count\",\"aggregate\":\"sum\",\"value\":20",
            await reviewer.Client.GetStringAsync(new Uri($"/api/requests/{world.Request.Id}/figures", UriKind.Relative)), StringComparison.Ordinal);

        var response = await reviewer.PostFormAsync($"/Submissions/{world.SubmissionA.Id}", $"/Submissions/{world.SubmissionA.Id}?handler=Review",
            new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Correct", ["value"] = "1.012" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var value = await world.WithDbAsync(db => db.Values.AsNoTracking().SingleAsync(v => v.Id == world.ValueA.Id));
        Assert.Equal((ReviewState.Corrected, 12m, 1012m, world.Reviewer), (value.Review, value.Value, value.CorrectedValue!.Value, value.ReviewedBy!));
        var audit = await world.WithDbAsync(db => db.ReviewEvents.AsNoTracking().SingleAsync(e => e.ValueId == world.ValueA.Id));
        Assert.Equal((ReviewState.Auto, ReviewState.Corrected, 12m, 1012m, world.Reviewer), (audit.FromState, audit.ToState, audit.FromValue!.Value, audit.ToValue!.Value, audit.UserName));
        Assert.Contains("\"value\":1020", await reviewer.Client.GetStringAsync(new Uri($"/api/requests/{world.Request.Id}/figures", UriKind.Relative)), StringComparison.Ordinal);
        var page = await reviewer.Client.GetStringAsync(new Uri($"/Submissions/{world.SubmissionA.Id}", UriKind.Relative));
        Assert.Contains("1.012", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewPage_SaysThePagesAreBeingMade_WhileTheLayoutJobWaitsOrRuns(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var url = new Uri($"/Submissions/{world.SubmissionA.Id}", UriKind.Relative);
        Assert.DoesNotContain("id=\"layout-pending\"", await reviewer.Client.GetStringAsync(url), StringComparison.Ordinal);

        // A layout job due tomorrow (the worker takes due jobs only): waiting, then running, the page says the pages are coming.
        var now = DateTime.UtcNow;
        var job = new Job { Kind = JobKinds.Layout, SubmissionId = world.SubmissionA.Id, State = JobState.Queued, CreatedAtUtc = now, NotBeforeUtc = now.AddDays(1) };
        await world.WithDbAsync(db => { db.Jobs.Add(job); return db.SaveChangesAsync(); });
        var page = await reviewer.Client.GetStringAsync(url);
        Assert.Contains("id=\"layout-pending\"", page, StringComparison.Ordinal);
        Assert.Contains("Đang dựng trang", page, StringComparison.Ordinal);
        Assert.Contains("Xã An Phú có 12 trạm BTS.", page, StringComparison.Ordinal); // the text meanwhile
        await world.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Running).SetProperty(j => j.LockedUntilUtc, now.AddDays(1))));
        Assert.Contains("id=\"layout-pending\"", await reviewer.Client.GetStringAsync(url), StringComparison.Ordinal);

        // Given up after its attempts: no promise of pages; the text is shown alone.
        await world.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Failed)));
        Assert.DoesNotContain("id=\"layout-pending\"", await reviewer.Client.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reject_RemovesValueFromFigures_ThenConfirmRestoresIt(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var page = $"/Submissions/{world.SubmissionA.Id}";
        await reviewer.PostFormAsync(page, page + "?handler=Review", new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Reject" });
        Assert.Contains("\"aggregate\":\"sum\",\"value\":8,", await reviewer.Client.GetStringAsync(new Uri($"/api/requests/{world.Request.Id}/figures", UriKind.Relative)), StringComparison.Ordinal);
        await reviewer.PostFormAsync(page, page + "?handler=Review", new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Confirm" });
        var trail = await world.WithDbAsync(db => db.ReviewEvents.AsNoTracking().Where(e => e.ValueId == world.ValueA.Id).OrderBy(e => e.Id).Select(e => e.ToState).ToListAsync());
        Assert.Equal([ReviewState.Rejected, ReviewState.Confirmed], trail);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Correct_NotANumber_ChangesNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var page = $"/Submissions/{world.SubmissionA.Id}";
        await reviewer.PostFormAsync(page, page + "?handler=Review", new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Correct", ["value"] = "mười hai" });
        Assert.False(await world.WithDbAsync(db => db.ReviewEvents.AnyAsync(e => e.ValueId == world.ValueA.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewPage_ShowsTextAndEvidenceSpans(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var html = await reviewer.Client.GetStringAsync(new Uri($"/Submissions/{world.SubmissionA.Id}", UriKind.Relative));
        Assert.Contains("Xã An Phú có 12 trạm BTS.", html, StringComparison.Ordinal);
        Assert.Contains($"data-start=\"13\" data-end=\"15\" data-value-id=\"{world.ValueA.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Số trạm phát sóng di động (BTS)", html, StringComparison.Ordinal);
    }
}
