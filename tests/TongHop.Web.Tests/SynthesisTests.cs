using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Reporting;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Drafting;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>The synthesis download on the request dashboard, and the demo province's synthesis checked against the database.</summary>
public sealed class SynthesisTests : IDisposable
{
    private readonly string _demoData = Path.Combine(Path.GetTempPath(), "tonghop-synthesis-demo-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Download_ProvinceRoles_GetDocxAndXlsx(string provider)
    {
        var world = await World.CreateAsync(provider);
        foreach (var user in new[] { world.Admin, world.Reviewer, world.Leader })
        {
            using var browser = await Browser.LoginAsync(world.App, user);
            var dashboard = await browser.Client.GetStringAsync(new Uri($"/Requests/{world.Request.Id}", UriKind.Relative));
            Assert.Contains("Tải báo cáo tổng hợp (.docx)", dashboard, StringComparison.Ordinal);
            var docx = await browser.GetAsync($"/Requests/{world.Request.Id}?handler=Synthesis&format=docx");
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal(LoadedSynthesis.DocxContentType, docx.Content.Headers.ContentType!.MediaType);
            using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            // Both units reported 12 and 8 BTS stations: 20 in all.
            Assert.Contains("Số trạm phát sóng di động (BTS): tổng cộng 20 (2/2 đơn vị báo cáo", text, StringComparison.Ordinal);
            var xlsx = await browser.GetAsync($"/Requests/{world.Request.Id}?handler=Synthesis&format=xlsx");
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            using var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
            Assert.Equal(3, book.WorkbookPart!.WorksheetParts.Count());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Download_UnitReporter_IsDenied(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        foreach (var format in new[] { "docx", "xlsx" })
        {
            var response = await reporter.GetAsync($"/Requests/{world.Request.Id}?handler=Synthesis&format={format}");
            // Cookie logins are sent to the access-denied page (403 there), as for every province-wide page.
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Download_UnknownRequest_IsNotFound()
    {
        var world = await World.CreateAsync("sqlite");
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/Requests/987654?handler=Synthesis&format=docx")).StatusCode);
    }

    [Fact]
    public async Task Demo_SynthesisTotals_EqualTheStoredValues()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("TongHop:Data", _demoData).UseSetting("TongHop:Demo", "true"));
        using var client = app.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var request = await db.Requests.OrderBy(r => r.Id).FirstAsync();
        var synthesis = (await scope.ServiceProvider.GetRequiredService<SynthesisLoader>().LoadAsync(request.Id))!;
        using var word = WordprocessingDocument.Open(new MemoryStream(synthesis.ToDocx()), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var text = string.Join("\n", paragraphs);

        var sums = await db.Indicators.Where(i => i.Aggregate == Core.Indicators.AggregateMethod.Sum).ToListAsync();
        var counted = await CountedActualsAsync(db, request.Id);
        var checkedSums = 0;
        foreach (var indicator in sums.Where(i => counted.ContainsKey(i.Key)))
        {
            var expected = QuantityText.Of(counted[indicator.Key].Sum(), indicator.Unit);
            Assert.Contains($"- {indicator.Name}: tổng cộng {expected} ({counted[indicator.Key].Count}/10 đơn vị báo cáo", text, StringComparison.Ordinal);
            checkedSums++;
        }

        Assert.True(checkedSums >= 10, $"only {checkedSums} summed indicators in the demo");
        // Compared with the same nine months of 2024 (Application/Demo/DemoHistory), in words; no report accepted yet.
        Assert.Contains(" so với cùng kỳ năm trước (", text, StringComparison.Ordinal);
        Assert.Contains("Báo cáo đã được lãnh đạo Sở chấp nhận: 0/9 báo cáo đã gửi", text, StringComparison.Ordinal);
        Assert.Contains("đã gửi báo cáo: 9/10 đơn vị", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị chưa gửi báo cáo: Đặc khu Lý Sơn.", text, StringComparison.Ordinal);
        AssertThemes(paragraphs, "IV. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        AssertThemes(paragraphs, "VI. ĐỀ XUẤT, KIẾN NGHỊ", "VII. GHI CHÚ VỀ CHẤT LƯỢNG SỐ LIỆU");

        // Section V: the communes' own tasks (their plan sections, found by the parser's section tree), grouped, with the units' count.
        var plans = paragraphs[(paragraphs.IndexOf("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI") + 1)..paragraphs.IndexOf("VI. ĐỀ XUẤT, KIẾN NGHỊ")];
        Assert.StartsWith("(Dự thảo tổng hợp từ phương hướng, nhiệm vụ do ", plans[0], StringComparison.Ordinal);
        var bullets = plans.Skip(1).ToList();
        Assert.True(bullets.Count >= 3, "fewer than three tasks");
        Assert.Contains(bullets, b => System.Text.RegularExpressions.Regex.IsMatch(b, @" \([2-9] đơn vị[,)]"));
        var restored = await db.Submissions.Where(s => s.RequestId == request.Id && s.RestoredText != null).Select(s => s.RestoredText!).ToListAsync();
        Assert.All(bullets, b =>
        {
            var task = b[2..b.LastIndexOf(" (", StringComparison.Ordinal)];
            Assert.Contains(restored, r => r.Contains(task[1..], StringComparison.Ordinal));
        });

        // The demo request's synthesis: number left for the clerk, a deputy director signing, the Department's addressees.
        Assert.Contains("Số:        /BC-SKHCN", paragraphs);
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Hoàng Phúc"], paragraphs[paragraphs.IndexOf("KT. GIÁM ĐỐC")..].Where(p => p.Length > 0).Take(3));
        Assert.Contains("- Lưu: VT, QLCN.", paragraphs);
        Assert.Equal(text.Normalize(NormalizationForm.FormC), text);
        foreach (var garble in new[] { "Ã¡", "Ã©", "Æ°", "Ä‘", "á»", "\uFFFD", "null", " the ", " and ", "Total" })
        {
            Assert.DoesNotContain(garble, text, StringComparison.Ordinal);
        }
    }

    // Each theme line names how many units raised it and quotes them; the demo reports give at least three themes.
    private static void AssertThemes(List<string> paragraphs, string heading, string next)
    {
        var start = paragraphs.IndexOf(heading);
        var lines = paragraphs[(start + 1)..paragraphs.IndexOf(next)];
        Assert.True(lines.Count >= 3, heading + ": fewer than three themes");
        Assert.All(lines, l => Assert.Matches(@"^- Về .+: \d+ đơn vị nêu \(.+\)\. Ý kiến tiêu biểu: “.+” \(.+\)\.$", l));
    }

    // Per unit and indicator, the value that counts: latest processed submission, not rejected, reviewed
    // first then most confident, unreviewed ones only at confidence 0.5 or more (the synthesis default).
    private static async Task<Dictionary<string, List<decimal>>> CountedActualsAsync(TongHopDbContext db, int requestId)
    {
        var submissions = await db.Submissions.Where(s => s.RequestId == requestId && s.State == ProcessingState.Done).ToListAsync();
        var latest = submissions.GroupBy(s => s.UnitId).Select(g => g.Max(s => s.Id)).ToHashSet();
        var values = await db.Values.Where(v => v.RequestId == requestId && v.Kind == ValueKind.Actual && v.Review != ReviewState.Rejected).ToListAsync();
        return values.Where(v => latest.Contains(v.SubmissionId))
            .GroupBy(v => (v.UnitId, v.IndicatorKey))
            .Select(g => g.OrderByDescending(v => v.Review != ReviewState.Auto).ThenByDescending(v => v.Confidence).First())
            .Where(v => v.Review != ReviewState.Auto || v.Confidence >= 0.5)
            .GroupBy(v => v.IndicatorKey)
            .ToDictionary(g => g.Key, g => g.Select(v => v.EffectiveValue!.Value).ToList());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_demoData))
        {
            foreach (var file in Directory.EnumerateFiles(_demoData, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(_demoData, recursive: true);
        }
    }
}
