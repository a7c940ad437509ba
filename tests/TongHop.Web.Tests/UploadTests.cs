using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

public sealed class UploadTests
{
    private static readonly byte[] Report = Encoding.UTF8.GetBytes(
        "UBND XÃ AN PHÚ\nSố: 212/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số 9 tháng đầu năm 2025\nToàn xã có 14 trạm phát sóng di động (BTS).\n");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_ReturnsAtOnce_ThenExtractsInBackground(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        // Two files dropped together are one submission: the first the report, the second its annex (not two versions).
        var response = await reporter.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", new() { ["RequestId"] = $"{world.Request.Id}", ["Resubmit"] = "true" },
            f => { Browser.AddFile(f, "files", "bao-cao-1.txt", Report); Browser.AddFile(f, "files", "phu-luc.txt", [.. Report, .. "Phụ lục.\n"u8.ToArray()]); });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var mine = await NewSubmissionsAsync(world);
        Assert.Equal([2], mine.Select(s => s.Version));
        Assert.Equal(["bao-cao-1.txt", "phu-luc.txt"], await world.WithDbAsync(db => db.SubmissionFiles.Where(f => f.SubmissionId == mine[0].Id).OrderBy(f => f.Position).Select(f => f.FileName).ToListAsync()));
        await Waiting.UntilAsync(async () => (await NewSubmissionsAsync(world)).All(s => s.State == ProcessingState.Done));
        var done = await NewSubmissionsAsync(world);
        Assert.All(done, s => Assert.Contains("\"source\"", s.ExtractionJson!, StringComparison.Ordinal));
        Assert.Contains("14 trạm", done[0].RestoredText!, StringComparison.Ordinal);
        var jobs = await world.WithDbAsync(db => db.Jobs.Where(j => j.SubmissionId == done[0].Id).ToListAsync());
        Assert.Equal(JobState.Done, Assert.Single(jobs).State);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_KeepsTheOriginalBySha256(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        await reporter.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", new() { ["RequestId"] = $"{world.Request.Id}", ["Resubmit"] = "true" },
            f => Browser.AddFile(f, "report", "bao-cao.txt", Report));
        var submission = (await NewSubmissionsAsync(world)).Single();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Report)), submission.FileSha256);
        var store = world.App.Services.GetRequiredService<OriginalStore>();
        Assert.Equal(Report, await File.ReadAllBytesAsync(store.PathOf(submission.FileSha256)));
        var download = await reporter.GetAsync($"/Submissions/{submission.Id}?handler=Original");
        Assert.Equal(Report, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_UnreadableFile_FailsWithReasonAndIsNotRetried(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        // A PDF by its first bytes (so accepted at upload) whose body is broken: reading it fails, once, with the reason.
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        "%PDF-1.7\n"u8.CopyTo(garbage);
        await reporter.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", new() { ["RequestId"] = $"{world.Request.Id}", ["Resubmit"] = "true" },
            f => Browser.AddFile(f, "report", "hong.pdf", garbage));
        await Waiting.UntilAsync(async () => (await NewSubmissionsAsync(world)).Single().State == ProcessingState.Failed);
        var failed = (await NewSubmissionsAsync(world)).Single();
        Assert.StartsWith("Không đọc được tệp", failed.Error, StringComparison.Ordinal);
        var page = await reporter.Client.GetStringAsync(new Uri($"/Submissions/{failed.Id}", UriKind.Relative));
        Assert.Contains("Không đọc được tệp", page, StringComparison.Ordinal);
        var job = await world.WithDbAsync(db => db.Jobs.SingleAsync(j => j.SubmissionId == failed.Id));
        Assert.Equal(1, job.Attempts);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_NoFile_ShowsReasonAndStoresNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var response = await reviewer.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", new() { ["RequestId"] = $"{world.Request.Id}", ["UnitId"] = $"{world.UnitB.Id}" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ít nhất một tệp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await NewSubmissionsAsync(world));
    }

    private static Task<List<Submission>> NewSubmissionsAsync(World world) =>
        world.WithDbAsync(db => db.Submissions.AsNoTracking()
            .Where(s => s.RequestId == world.Request.Id && s.Id != world.SubmissionA.Id && s.Id != world.SubmissionB.Id)
            .OrderBy(s => s.Id).ToListAsync());
}
