using System.Net;
using System.Net.Http.Json;
using System.Text;
using TongHop.Storage.Entities;
using TongHop.Application.Search;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>Search over HTTP (page and API) on both databases: indexing by the background service, role rules, links to the review page.</summary>
public sealed class SearchTests
{
    private static async Task<SearchResponseDto> ApiAsync(Browser browser, string query)
    {
        var response = await browser.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SearchResponseDto>())!;
    }

    // Stores a processed report of unit directly, as a worker would.
    private static Task<Submission> StoreAsync(World world, OrgUnit unit, string text) => world.WithDbAsync(async db =>
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        db.Files.Add(new StoredFile { Sha256 = sha, Size = text.Length, StoredAtUtc = DateTime.UtcNow });
        var s = new Submission
        {
            RequestId = world.Request.Id, UnitId = unit.Id, Version = 10 + text.Length % 50, ReceivedAtUtc = DateTime.UtcNow, FileSha256 = sha, FileName = "bc.txt",
            State = ProcessingState.Done, ProcessedAtUtc = DateTime.UtcNow, RestoredText = text, ExtractionJson = "{}",
        };
        db.Submissions.Add(s);
        await db.SaveChangesAsync();
        return s;
    });

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_UploadedOcrReport_FoundAfterRepairAndOnlyByItsUnit(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reporterA = await Browser.LoginAsync(world.App, world.ReporterA);
        var ocr = Encoding.UTF8.GetBytes(
            $"UY BAN NHAN DAN XA AN PHU\nMa bao cao {world.Tag}\n" +
            "Thuc hién chi dao cua Pang uy xa vé chuyén déi s6, UBND xa bao cao két qua nhu sau:\n" +
            "Pang uy xa da ban hanh Nghi quyét vé phat trién khoa hoc, cong nghé va chuyén déi s6.\n");
        await reporterA.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", new() { ["RequestId"] = $"{world.Request.Id}", ["Resubmit"] = "true" },
            f => Browser.AddFile(f, "files", "bao-cao-ocr.txt", ocr));

        var query = $"\"Đảng ủy\" request:{world.Request.Id}";
        await Waiting.UntilAsync(async () => (await ApiAsync(reporterA, query)).Total > 0, TimeSpan.FromSeconds(90));
        var hit = Assert.Single((await ApiAsync(reporterA, query)).Hits);
        Assert.Equal(world.UnitA.Id, hit.UnitId);
        Assert.StartsWith($"/Submissions/{hit.SubmissionId}#s", hit.Link, StringComparison.Ordinal);
        Assert.Contains("Đảng", hit.Highlights.Select(h => hit.Snippet[h[0]..h[1]]));

        using var reporterB = await Browser.LoginAsync(world.App, world.ReporterB);
        Assert.Equal(0, (await ApiAsync(reporterB, query)).Total);
        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        Assert.Equal(1, (await ApiAsync(leader, query)).Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_Reporter_NeverSeesAnotherUnitsHits(string provider)
    {
        var world = await World.CreateAsync(provider);
        var a = await StoreAsync(world, world.UnitA, $"Đảng ủy xã {world.Tag} đề nghị cấp máy tính.");
        var b = await StoreAsync(world, world.UnitB, $"Đảng ủy phường {world.Tag} đề nghị cấp máy tính cho bộ phận một cửa.");
        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        await Waiting.UntilAsync(async () => (await ApiAsync(leader, world.Tag)).Total == 2);

        using var reporterA = await Browser.LoginAsync(world.App, world.ReporterA);
        foreach (var q in new[] { world.Tag, $"dang uy {world.Tag}", $"{world.Tag} unit:{world.UnitB.Code}", $"may tinh request:{world.Request.Id}" })
        {
            var found = await ApiAsync(reporterA, q);
            Assert.All(found.Hits, h => Assert.Equal(world.UnitA.Id, h.UnitId));
            Assert.DoesNotContain(found.Hits, h => h.SubmissionId == b.Id);
        }

        Assert.Equal([a.Id], (await ApiAsync(reporterA, world.Tag)).Hits.Select(h => h.SubmissionId));
        var page = await reporterA.Client.GetStringAsync(new Uri("/Search?q=" + world.Tag, UriKind.Relative));
        Assert.Contains($"/Submissions/{a.Id}#s", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Submissions/{b.Id}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(world.UnitB.Name, page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_Page_HighlightsAndLinksToTheSpan(string provider)
    {
        var world = await World.CreateAsync(provider);
        var text = $"Mã {world.Tag}. Kế hoạch số 02-KH/BCĐTW về chuyển đổi số.";
        var s = await StoreAsync(world, world.UnitA, text);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        await Waiting.UntilAsync(async () => (await ApiAsync(reviewer, world.Tag)).Total == 1);

        var page = await reviewer.Client.GetStringAsync(new Uri($"/Search?q={Uri.EscapeDataString("chuyen doi")}&request={world.Request.Id}", UriKind.Relative));
        Assert.Contains("<mark>chuyển</mark> <mark>đổi</mark> số.", page, StringComparison.Ordinal);
        var start = text.IndexOf("chuyển", StringComparison.Ordinal);
        Assert.Contains($"/Submissions/{s.Id}#s{start}-{start + "chuyển".Length}", page, StringComparison.Ordinal);

        var cited = await ApiAsync(reviewer, $"02/KH-BCDTW request:{world.Request.Id}");
        Assert.Equal([s.Id], cited.Hits.Select(h => h.SubmissionId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_IndicatorCondition_AnsweredFromValues(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        var found = await ApiAsync(leader, $"bts_stations > 10 request:{world.Request.Id}");
        Assert.Equal("values", found.Kind);
        Assert.Equal([world.ValueA.Id], found.Values.Select(v => v.ValueId));

        var unknown = await leader.GetAsync("/api/search?q=" + Uri.EscapeDataString("no_such_rate < 5"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Unknown indicator key", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await leader.Client.GetStringAsync(new Uri("/Search?q=" + Uri.EscapeDataString("no_such_rate < 5"), UriKind.Relative));
        Assert.Contains("Không có chỉ tiêu mã", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesSearch()
    {
        using var browser = Browser.Anonymous(await TestApp.GetAsync("sqlite"));
        var json = await browser.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("\"/api/search\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_Anonymous_GetsNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var anonymous = Browser.Anonymous(world.App);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/search?q=dang")).StatusCode);
        var page = await anonymous.GetAsync("/Search?q=dang");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
