using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Intake;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Web.Tests.Support;
using UglyToad.PdfPig;

namespace TongHop.Web.Tests;

/// <summary>
/// What a unit sends (issue 17): a report and its annexes as one submission, each file read with its values; an
/// explicit re-submission; checks at intake (another unit, another period, the same file, not a document);
/// withdrawal before review; receipts.
/// </summary>
public sealed class SubmissionIntakeTests
{
    private static readonly byte[] Report = Encoding.UTF8.GetBytes(
        "UBND XÃ AN PHÚ\nSố: 318/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số 9 tháng đầu năm 2025\nToàn xã có 14 trạm phát sóng di động (BTS).\n");

    private static readonly byte[] Annex = Encoding.UTF8.GetBytes(
        "PHỤ LỤC\nSố liệu kèm theo báo cáo\n1. Dịch vụ công trực tuyến: có 312/480 hồ sơ phát sinh được tiếp nhận và giải quyết trực tuyến, đạt tỷ lệ 65%.\n");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReportWithAnnex_IsOneSubmission_EachFileRead_ValuesKeepTheirFile(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var response = await UploadAsync(reporter, world, resubmit: true, ("report", "bao-cao.txt", Report), ("annexes", "phu-luc.txt", Annex));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var submission = Assert.Single(await NewSubmissionsAsync(world));
        Assert.Equal(2, submission.Version);
        Assert.Equal([SubmissionFileRole.Main, SubmissionFileRole.Annex], submission.Files.OrderBy(f => f.Position).Select(f => f.Role));
        await Waiting.UntilAsync(async () => (await NewSubmissionsAsync(world)).Single().State == ProcessingState.Done);
        var files = await world.WithDbAsync(db => db.SubmissionFiles.AsNoTracking().Where(f => f.SubmissionId == submission.Id).OrderBy(f => f.Position).ToListAsync());
        Assert.Contains("14 trạm", files[0].RestoredText!, StringComparison.Ordinal);
        Assert.Contains("312/480", files[1].RestoredText!, StringComparison.Ordinal);
        var values = await world.WithDbAsync(db => db.Values.AsNoTracking().Where(v => v.SubmissionId == submission.Id).ToListAsync());
        var bts = Assert.Single(values, v => v.IndicatorKey == "bts_stations");
        var online = Assert.Single(values, v => v.IndicatorKey == "online_dossier_rate");
        Assert.Equal(files[0].Id, bts.SubmissionFileId);
        Assert.Equal(files[1].Id, online.SubmissionFileId);
        Assert.Equal("312/480", files[1].RestoredText![online.SpanStart..online.SpanEnd].Split(' ').First(w => w.Contains('/', StringComparison.Ordinal)));

        // The review page shows the annex's text and its value with its file.
        var page = await reporter.Client.GetStringAsync(new Uri($"/Submissions/{submission.Id}?file={files[1].Id}", UriKind.Relative));
        Assert.Contains("312/480", page, StringComparison.Ordinal);
        Assert.Contains("phu-luc.txt", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecondUpload_WithoutResubmit_IsRefused_AndThePageKeepsItsChoices(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var response = await UploadAsync(reporter, world, resubmit: false, ("report", "bao-cao.txt", Report));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode); // the form again, with the reason, under the refusal's status
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nộp lại", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{world.Request.Id}\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"submissions\"", html, StringComparison.Ordinal);
        Assert.Contains("bao-cao.txt", html, StringComparison.Ordinal); // the list is there, not emptied by the error
        Assert.Empty(await NewSubmissionsAsync(world));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProgramNamedPdf_IsRefusedByItsFirstBytes_AndNothingIsStored(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        byte[] program = [.. "MZ"u8.ToArray(), .. new byte[4000]];
        program[300] = 0x50;
        var response = await UploadAsync(reporter, world, resubmit: true, ("report", "bao-cao.txt", Report), ("annexes", "phu-luc.pdf", program));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("«phu-luc.pdf» là một chương trình máy tính", html, StringComparison.Ordinal);
        Assert.Contains("đuôi .pdf", html, StringComparison.Ordinal);
        Assert.Empty(await NewSubmissionsAsync(world));
        var store = world.App.Services.GetRequiredService<OriginalStore>();
        Assert.False(store.Exists(Convert.ToHexStringLower(SHA256.HashData(program))));
        Assert.False(await AnyFileAsync(world, program));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReportOfAnotherUnitAndPeriod_WarnsAtUploadAndOnTheReviewPage(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterB);
        var other = Encoding.UTF8.GetBytes("UBND XÃ HÒA LỘC\nSố: 77/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\nToàn xã có 5 trạm phát sóng di động (BTS).\n");
        await UploadAsync(reporter, world, resubmit: true, ("report", "bao-cao-hoa-loc.txt", other));
        await Waiting.UntilAsync(async () => (await NewSubmissionsAsync(world)).Single().State == ProcessingState.Done);
        var submission = (await NewSubmissionsAsync(world)).Single();
        var codes = await world.WithDbAsync(db => db.Findings.Where(f => f.SubmissionId == submission.Id).Select(f => f.Code).ToListAsync());
        Assert.Contains(IntakeChecks.OtherUnit, codes);
        Assert.Contains(IntakeChecks.OtherPeriod, codes);

        var upload = WebUtility.HtmlDecode(await reporter.Client.GetStringAsync(new Uri($"/Submissions/Upload?requestId={world.Request.Id}", UriKind.Relative)));
        Assert.Contains("là «UBND xã Hòa Lộc», không phải đơn vị gửi «Phường Bình Minh", upload, StringComparison.Ordinal);
        Assert.Contains("ghi kỳ «năm 2025» (01/01/2025–31/12/2025), không phải kỳ của yêu cầu «9 tháng đầu năm 2025»", upload, StringComparison.Ordinal);
        var review = WebUtility.HtmlDecode(await reporter.Client.GetStringAsync(new Uri($"/Submissions/{submission.Id}", UriKind.Relative)));
        Assert.Contains("không phải đơn vị gửi", review, StringComparison.Ordinal);
        Assert.Contains("không phải kỳ của yêu cầu", review, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OwnReportOfTheRightPeriod_HasNoIntakeWarning_AndTheSameFileAgainIsFlagged(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporterA = await Browser.LoginAsync(world.App, world.ReporterA);
        await UploadAsync(reporterA, world, resubmit: true, ("report", "bao-cao.txt", Report));
        await Waiting.UntilAsync(async () => (await NewSubmissionsAsync(world)).All(s => s.State == ProcessingState.Done));
        var first = (await NewSubmissionsAsync(world)).Single();
        Assert.Empty(await world.WithDbAsync(db => db.Findings.Where(f => f.SubmissionId == first.Id && f.Code.StartsWith("intake-")).ToListAsync()));

        using var reporterB = await Browser.LoginAsync(world.App, world.ReporterB);
        await UploadAsync(reporterB, world, resubmit: true, ("report", "cung-tep.txt", Report));
        await Waiting.UntilAsync(async () => (await NewSubmissionsAsync(world)).All(s => s.State == ProcessingState.Done));
        var second = (await NewSubmissionsAsync(world)).Single(s => s.UnitId == world.UnitB.Id);
        var duplicate = await world.WithDbAsync(db => db.Findings.SingleAsync(f => f.SubmissionId == second.Id && f.Code == IntakeChecks.Duplicate));
        Assert.Contains("«bao-cao.txt» của Xã An Phú", duplicate.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_BeforeReview_IsKeptButNoLongerCurrent_AfterReviewIsRefused(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        await UploadAsync(reporter, world, resubmit: true, ("report", "bao-cao.txt", Report));
        var submission = (await NewSubmissionsAsync(world)).Single();
        var withdrawn = await reporter.PostFormAsync($"/Submissions/Upload?requestId={world.Request.Id}", "/Submissions/Upload?handler=Withdraw", new() { ["submissionId"] = $"{submission.Id}" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var stored = (await NewSubmissionsAsync(world)).Single();
        Assert.NotNull(stored.WithdrawnAtUtc);
        Assert.Equal(world.ReporterA, stored.WithdrawnBy);
        var intake = world.App.Services.CreateScope().ServiceProvider.GetRequiredService<SubmissionIntake>();
        Assert.Equal(world.SubmissionA.Id, (await intake.CurrentAsync(world.Request.Id, world.UnitA.Id))!.Id);
        var page = WebUtility.HtmlDecode(await reporter.Client.GetStringAsync(new Uri($"/Submissions/Upload?requestId={world.Request.Id}", UriKind.Relative)));
        Assert.Contains("Đã rút", page, StringComparison.Ordinal);

        // A submission with a reviewed value can no longer be withdrawn.
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        await reviewer.PostFormAsync($"/Submissions/{world.SubmissionA.Id}", $"/Submissions/{world.SubmissionA.Id}?handler=Review",
            new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Confirm" });
        var refused = await reporter.PostFormAsync($"/Submissions/Upload?requestId={world.Request.Id}", "/Submissions/Upload?handler=Withdraw", new() { ["submissionId"] = $"{world.SubmissionA.Id}" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("đã được rà soát, không rút được", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null((await world.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == world.SubmissionA.Id))).WithdrawnAtUtc);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Receipt_HasNumberTimeAndEachFileWithSha256_AsPageAndPdf(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        await UploadAsync(reporter, world, resubmit: true, ("report", "bao-cao.txt", Report), ("annexes", "phu-luc.txt", Annex));
        var submission = (await NewSubmissionsAsync(world)).Single();
        var number = $"BN-{submission.ReceivedAtUtc.Year}-{submission.Id:D6}";
        var page = WebUtility.HtmlDecode(await reporter.Client.GetStringAsync(new Uri($"/Submissions/{submission.Id}/Receipt", UriKind.Relative)));
        Assert.Contains(number, page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Report)), page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Annex)), page, StringComparison.Ordinal);

        var pdf = await reporter.GetAsync($"/Submissions/{submission.Id}/Receipt?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("BIÊN NHẬN", text, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Annex)), text, StringComparison.Ordinal);

        using var other = await Browser.LoginAsync(world.App, world.ReporterB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Submissions/{submission.Id}/Receipt")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_ReportAndAnnexes_Resubmit_Withdraw(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.ReporterA));
        using (var form = new MultipartFormDataContent())
        {
            Browser.AddFile(form, "report", "bao-cao.txt", Report);
            var refused = await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Nộp lại", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var again = new MultipartFormDataContent();
        Browser.AddFile(again, "report", "bao-cao.txt", Report);
        Browser.AddFile(again, "annexes", "phu-luc.txt", Annex);
        var accepted = await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions?resubmit=true", UriKind.Relative), again);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var body = await accepted.Content.ReadAsStringAsync();
        Assert.Contains("\"role\":\"annex\"", body, StringComparison.Ordinal);
        Assert.Contains("\"receipt\":\"BN-", body, StringComparison.Ordinal);
        var id = (await NewSubmissionsAsync(world)).Single().Id;
        var withdraw = await api.PostAsync(new Uri($"/api/submissions/{id}/withdraw", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Contains("\"withdrawnAt\":\"", await withdraw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var twice = await api.PostAsync(new Uri($"/api/submissions/{id}/withdraw", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("đã được rút", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, World world, bool resubmit, params (string Field, string Name, byte[] Content)[] files)
    {
        var fields = new Dictionary<string, string> { ["RequestId"] = $"{world.Request.Id}" };
        if (resubmit)
        {
            fields["Resubmit"] = "true";
        }

        return await browser.PostFormAsync($"/Submissions/Upload?requestId={world.Request.Id}", "/Submissions/Upload", fields, f =>
        {
            foreach (var (field, name, content) in files)
            {
                Browser.AddFile(f, field, name, content);
            }
        });
    }

    private static Task<bool> AnyFileAsync(World world, byte[] content)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        return world.WithDbAsync(db => db.Files.AnyAsync(f => f.Sha256 == sha));
    }

    private static Task<List<Submission>> NewSubmissionsAsync(World world) =>
        world.WithDbAsync(db => db.Submissions.AsNoTracking().Include(s => s.Files)
            .Where(s => s.RequestId == world.Request.Id && s.Id != world.SubmissionA.Id && s.Id != world.SubmissionB.Id)
            .OrderBy(s => s.Id).ToListAsync());
}
