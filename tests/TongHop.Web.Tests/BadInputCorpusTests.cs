using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Testing;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// The generated bad-input corpus (<see cref="BadFiles"/>) through the upload API, on both databases. Each file is
/// either refused at once (4xx problem, Vietnamese detail) or accepted, its original kept byte for byte, and its
/// reading fails once with a Vietnamese reason (never retried, never left running). Never a 5xx; what was stored
/// before is untouched. A report yielding more figures than the limit is refused the same way.
/// </summary>
public sealed class BadInputCorpusTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryBadFile_ThroughTheApi_GetsAVietnameseReason_AndLosesNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = await Tokens.ClientAsync(world, world.ReporterB);
        var valuesBefore = await world.WithDbAsync(db => db.Values.CountAsync(v => v.SubmissionId == world.SubmissionB.Id || v.SubmissionId == world.SubmissionA.Id));
        var problems = new List<string>();
        var accepted = new List<(BadFile File, int Id, byte[] Bytes)>();

        foreach (var bad in BadFiles.All)
        {
            var bytes = bad.Make();
            using var form = new MultipartFormDataContent();
            Browser.AddFile(form, "report", bad.FileName, bytes);
            using var response = await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions?resubmit=true", UriKind.Relative), form);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status == 202)
            {
                accepted.Add((bad, JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32(), bytes));
            }
            else if (status is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                problems.Add($"{bad.Kind}: answered {status} {response.Content.Headers.ContentType?.MediaType}: {body}");
            }
            else if (VietnameseProblem(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), bad) is { } wrong)
            {
                problems.Add($"{bad.Kind}: {status} {wrong}");
            }
        }

        // Every accepted file is read in the background: it fails, once, with its reason in Vietnamese.
        var ids = accepted.Select(a => a.Id).ToList();
        await Waiting.UntilAsync(
            () => world.WithDbAsync(db => db.Submissions.Where(s => ids.Contains(s.Id)).AllAsync(s => s.State == ProcessingState.Failed || s.State == ProcessingState.Done)),
            TimeSpan.FromMinutes(3));
        foreach (var (bad, id, bytes) in accepted)
        {
            var submission = await world.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id));
            var attempts = await world.WithDbAsync(db => db.Jobs.Where(j => j.SubmissionId == id).SumAsync(j => j.Attempts));
            if (submission.State != ProcessingState.Failed || attempts != 1)
            {
                problems.Add($"{bad.Kind}: accepted, then {submission.State} after {attempts} attempt(s)");
            }
            else if (VietnameseProblem(submission.Error, bad) is { } wrong)
            {
                problems.Add($"{bad.Kind}: failed with {wrong}");
            }

            using var original = await api.GetAsync(new Uri($"/api/submissions/{id}", UriKind.Relative));
            using var download = await Browser.LoginAsync(world.App, world.ReporterB);
            var kept = await (await download.GetAsync($"/Submissions/{id}?handler=Original")).Content.ReadAsByteArrayAsync();
            if (original.StatusCode != HttpStatusCode.OK || !kept.AsSpan().SequenceEqual(bytes))
            {
                problems.Add($"{bad.Kind}: the original was not kept as sent ({original.StatusCode}, {kept.Length} of {bytes.Length} bytes)");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(accepted.Count > 5, $"only {accepted.Count} files got past the upload check: the corpus should reach the reader");
        Assert.Equal(valuesBefore, await world.WithDbAsync(db => db.Values.CountAsync(v => v.SubmissionId == world.SubmissionB.Id || v.SubmissionId == world.SubmissionA.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AReportWithMoreFiguresThanTheLimit_IsRefusedWithTheCount_AndOneWithinIsRead(string provider)
    {
        using var app = await TestApp.StartOwnAsync(provider, new Dictionary<string, string> { ["TongHop:Limits:MaxValuesPerReport"] = "40" });
        var world = await World.CreateAsync(app);
        using var api = await Tokens.ClientAsync(world, world.ReporterA);
        static byte[] Report(int communes) => Encoding.UTF8.GetBytes("UBND HUYỆN AN PHÚ\nBÁO CÁO\nSố liệu hạ tầng số theo xã\n"
            + string.Concat(Enumerable.Range(1, communes).Select(i => $"Xã số {i} có {i % 7 + 2} trạm BTS và {i % 5 + 1} điểm phục vụ bưu chính.\n")));

        var many = await UploadAsync(api, world, "bang-so-lieu.txt", Report(60));
        var few = await UploadAsync(api, world, "bao-cao.txt", Report(3));
        await Waiting.UntilAsync(() => world.WithDbAsync(db => db.Submissions.Where(s => s.Id == many || s.Id == few)
            .AllAsync(s => s.State == ProcessingState.Failed || s.State == ProcessingState.Done)), TimeSpan.FromMinutes(2));

        var refused = await world.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == many));
        Assert.Equal(ProcessingState.Failed, refused.State);
        Assert.Matches(@"«bang-so-lieu\.txt» có \d+ số liệu, vượt giới hạn 40 số liệu", refused.Error);
        Assert.Equal(0, await world.WithDbAsync(db => db.Values.CountAsync(v => v.SubmissionId == many)));
        Assert.Equal(ProcessingState.Done, (await world.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == few))).State);
    }

    private static async Task<int> UploadAsync(HttpClient api, World world, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        Browser.AddFile(form, "report", name, bytes);
        using var response = await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions?resubmit=true", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>What is wrong with a message meant for people, or null: it must be Vietnamese (NFC, its own letters), not the reader's English.</summary>
    private static string? VietnameseProblem(string? message, BadFile bad) =>
        string.IsNullOrWhiteSpace(message) ? "no message"
        : !message.Any(c => c > 0x7F) || message.Contains(bad.Reason, StringComparison.Ordinal) && bad.Reason.Length > 4 ? $"a message that is not Vietnamese: {message}"
        : !message.IsNormalized(NormalizationForm.FormC) ? $"a message not in NFC: {message}"
        : null;
}
