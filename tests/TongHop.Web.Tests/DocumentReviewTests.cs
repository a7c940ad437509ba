using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.PageImages;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// The review page's metadata panel (number, date, issuer, signer, title, period): a correction is audited and reaches
/// the API and the synthesis; an invalid one is explained in place and stores nothing. The page images are served to
/// those who may see the submission only.
/// </summary>
public sealed class DocumentReviewTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CorrectNumberAndDate_OnThePage_ReachApiAndSynthesis(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var page = $"/Submissions/{world.SubmissionA.Id}";
        Assert.Contains("Số, ký hiệu", await reviewer.Client.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);

        var number = await reviewer.PostFormAsync(page, page + "?handler=Field", new() { ["field"] = "number", ["action"] = "Correct", ["value"] = " 77/BC-UBND " });
        Assert.Equal(HttpStatusCode.Redirect, number.StatusCode);
        var date = await reviewer.PostFormAsync(page, page + "?handler=Field", new() { ["field"] = "date", ["action"] = "Correct", ["value"] = "3/9/2025" });
        Assert.Equal(HttpStatusCode.Redirect, date.StatusCode);

        var trail = await world.WithDbAsync(db => db.DocumentFieldReviews.AsNoTracking().Where(r => r.SubmissionId == world.SubmissionA.Id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([("number", "77/BC-UBND", world.Reviewer), ("date", "2025-09-03", world.Reviewer)], trail.Select(r => (r.Field, r.Value!, r.UserName)));
        Assert.All(trail, r => Assert.Equal(ReviewState.Corrected, r.State));

        using var api = JsonDocument.Parse(await reviewer.Client.GetStringAsync(new Uri($"/api/submissions/{world.SubmissionA.Id}/document", UriKind.Relative)));
        var fields = api.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal("77/BC-UBND", fields["number"].GetProperty("value").GetString());
        Assert.Equal("corrected", fields["number"].GetProperty("state").GetString());
        Assert.Equal("2025-09-03", fields["date"].GetProperty("value").GetString());

        var html = await reviewer.Client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("03/09/2025", html, StringComparison.Ordinal);

        var docx = await reviewer.GetAsync($"/Requests/{world.Request.Id}?handler=Synthesis&format=docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText + word.MainDocumentPart.FootnotesPart?.Footnotes?.InnerText;
        Assert.Contains("số 77/BC-UBND", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task InvalidCorrections_AreExplainedInPlace_AndStoreNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var page = $"/Submissions/{world.SubmissionA.Id}";

        var badDate = await reviewer.PostFormAsync(page, page + "?handler=Field", new() { ["field"] = "date", ["action"] = "Correct", ["value"] = "31/02/2025" });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        var html = await badDate.Content.ReadAsStringAsync();
        Assert.Contains("Ngày “31/02/2025” không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2025\" aria-invalid=\"true\"", html, StringComparison.Ordinal);

        var words = await reviewer.PostFormAsync(page, page + "?handler=Review", new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Correct", ["value"] = "mười bốn" });
        Assert.Equal(HttpStatusCode.BadRequest, words.StatusCode);
        html = await words.Content.ReadAsStringAsync();
        Assert.Contains("“mười bốn” không phải là số", html, StringComparison.Ordinal);
        Assert.Contains($"data-value-id=\"{world.ValueA.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-invalid=\"true\"", html, StringComparison.Ordinal);

        var empty = await reviewer.PostFormAsync(page, page + "?handler=Review", new() { ["valueId"] = $"{world.ValueA.Id}", ["action"] = "Correct", ["value"] = "" });
        Assert.Contains("Chưa nhập giá trị đúng", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.False(await world.WithDbAsync(db => db.DocumentFieldReviews.AnyAsync(r => r.SubmissionId == world.SubmissionA.Id)));
        Assert.False(await world.WithDbAsync(db => db.ReviewEvents.AnyAsync(e => e.ValueId == world.ValueA.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_BadField_IsProblemDetailsInVietnamese_AndOtherUnitIsNotFound(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporterB = await Browser.LoginAsync(world.App, world.ReporterB);
        Assert.Equal(HttpStatusCode.NotFound, (await reporterB.GetAsync($"/api/submissions/{world.SubmissionA.Id}/document")).StatusCode);

        using var api = world.App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.CreateAsync(world, world.Reviewer));
        var bad = await api.PostAsJsonAsync(new Uri($"/api/submissions/{world.SubmissionA.Id}/document/review", UriKind.Relative), new { field = "colour", action = "correct", value = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.StartsWith("Không có trường “colour”", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var ok = await api.PostAsJsonAsync(new Uri($"/api/submissions/{world.SubmissionA.Id}/document/review", UriKind.Relative), new { field = "signer", action = "correct", value = "Lê Thị Hoa" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("\"value\":\"Lê Thị Hoa\"", System.Text.RegularExpressions.Regex.Unescape(await ok.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CitedDocuments_ListedInThePanel_OnceEach_WithTheirFirstMention(string provider)
    {
        var world = await World.CreateAsync(provider);
        const string text = "Căn cứ Quyết định số 45/QĐ-UBND ngày 02/02/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số;\n"
            + "thực hiện Quyết định số 45/QĐ-UBND ngày 02/02/2025 nêu trên và Kế hoạch số 9/KH-SKHCN ngày 10/3/2025, xã báo cáo.";
        var result = TongHop.Pipeline.ExtractionPipeline.CreateDefault().Extract(new TongHop.Core.Documents.SourceText("bao-cao.txt", new string('a', 64), "txt", null, "plain", text));
        Assert.True(result.Citations.Count >= 3, "the reader found too few citations for this test");
        await world.WithDbAsync(async db =>
        {
            var submission = await db.Submissions.SingleAsync(s => s.Id == world.SubmissionA.Id);
            (submission.RestoredText, submission.ExtractionJson) = (result.Restored, TongHop.Core.Contract.ExtractJsonWriter.ToJson(result));
            return await db.SaveChangesAsync();
        });

        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var html = System.Net.WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Submissions/{world.SubmissionA.Id}", UriKind.Relative)));
        var cited = html[html.IndexOf("id=\"cited\"", StringComparison.Ordinal)..];
        cited = cited[..cited.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("Văn bản viện dẫn (2)", html, StringComparison.Ordinal);
        Assert.Contains("Quyết định số 45/QĐ-UBND ngày 02/02/2025", cited, StringComparison.Ordinal);
        Assert.Contains("nhắc 2 lần", cited, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 9/KH-SKHCN ngày 10/03/2025", cited, StringComparison.Ordinal);
        var first = result.Restored.IndexOf("Quyết định", StringComparison.Ordinal);
        Assert.Contains($"data-start=\"{first}\"", cited, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PageImages_ServedOnlyToThoseWhoMaySeeTheSubmission(string provider)
    {
        var world = await World.CreateAsync(provider);
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, .. "trang một"u8.ToArray(), 0xFF, 0xD9];
        world.App.Services.GetRequiredService<PageImageStore>().SaveImages(world.SubmissionA.FileSha256, [jpeg]);

        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var image = await reviewer.GetAsync($"/Submissions/{world.SubmissionA.Id}?handler=Page&n=1");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(jpeg, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/Submissions/{world.SubmissionA.Id}?handler=Page&n=2")).StatusCode);
        Assert.Contains("Bản gốc (1 trang)", await reviewer.Client.GetStringAsync(new Uri($"/Submissions/{world.SubmissionA.Id}", UriKind.Relative)), StringComparison.Ordinal);

        using var reporterA = await Browser.LoginAsync(world.App, world.ReporterA);
        Assert.Equal(HttpStatusCode.OK, (await reporterA.GetAsync($"/Submissions/{world.SubmissionA.Id}?handler=Page&n=1")).StatusCode);
        using var reporterB = await Browser.LoginAsync(world.App, world.ReporterB);
        Assert.Equal(HttpStatusCode.NotFound, (await reporterB.GetAsync($"/Submissions/{world.SubmissionA.Id}?handler=Page&n=1")).StatusCode);
    }
}

/// <summary>A unit reporter's home page: per request, whether their unit sent it, when, and which version.</summary>
public sealed class ReporterViewTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Home_ShowsOwnSubmission_NotOverdueOnceSent(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var home = await reporter.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Đã gửi", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Submissions/{world.SubmissionA.Id}\">Bản 1</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", home, StringComparison.Ordinal);

        // Unit B's report came 30 hours after the deadline: sent, and said to be late.
        using var late = await Browser.LoginAsync(world.App, world.ReporterB);
        Assert.Contains("(sau hạn)", await late.Client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }
}
