using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Requests;
using TongHop.Core.Time;
using TongHop.Storage.Entities;
using TongHop.Testing;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// A request from its dispatch to its closing (issue 17): created from the dispatch in one step (page and API), its
/// outline and recipients edited, its deadline extended for all or one unit, closed; every change in its history.
/// </summary>
public sealed class RequestLifecycleTests
{
    private static readonly string Dispatch = SharedPaths.Repo("tests", "fixtures", "requests", "so-noi-vu-quy-3.txt");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_CreateFromTheDepartmentsDispatch_ReadsNumberDateAndOutline(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var form = new MultipartFormDataContent();
        Browser.AddFile(form, "dispatch", "001.txt", await File.ReadAllBytesAsync(SharedPaths.Sample("ocr", "001.txt")));
        form.Add(new StringContent($"{world.UnitA.Id}"), "unitIds");
        var created = await api.PostAsync(new Uri("/api/requests", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("1464/SKHCN-KH&ĐMST", body.RootElement.GetProperty("dispatchNumber").GetString());
        Assert.Equal("2025-09-16", body.RootElement.GetProperty("dispatchDate").GetString());
        Assert.Equal("2025-09-22T14:00:00+07:00", body.RootElement.GetProperty("deadline").GetString());
        Assert.Equal("2025-09-30", body.RootElement.GetProperty("period").GetProperty("to").GetString());
        Assert.True(body.RootElement.GetProperty("outline").GetArrayLength() >= 2);
        Assert.Contains("đã qua", body.RootElement.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);

        var location = created.Headers.Location!.ToString();
        using var again = JsonDocument.Parse(await api.GetStringAsync(new Uri(location, UriKind.Relative)));
        Assert.Equal("1464/SKHCN-KH&ĐMST", again.RootElement.GetProperty("dispatchNumber").GetString());
        Assert.Equal("2025-09-16", again.RootElement.GetProperty("dispatchDate").GetString());
        var outline = again.RootElement.GetProperty("outline");
        Assert.Equal("I", outline[0].GetProperty("number").GetString());
        Assert.NotEmpty(outline[0].GetProperty("children").EnumerateArray());
        Assert.Equal(world.UnitA.Id, Assert.Single(again.RootElement.GetProperty("recipients").EnumerateArray()).GetProperty("unitId").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_BadInput_IsAProblemWithAVietnameseDetail(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var form = new MultipartFormDataContent { { new StringContent("Báo cáo thử"), "title" }, { new StringContent("31/02/2025"), "dispatchDate" } };
        var response = await api.PostAsync(new Uri("/api/requests", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("không phải ngày hợp lệ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var reporter = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.ReporterA));
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "title" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsync(new Uri("/api/requests", UriKind.Relative), empty)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_CreateFromDispatchInOneStep_ThenEditOutline_Extend_Close(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var fields = new Dictionary<string, string> { ["Input.UnitIds"] = $"{world.UnitA.Id}", ["Input.AllowPastDeadline"] = "true" };
        var created = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", fields,
            f => Browser.AddFile(f, "dispatch", "cong-van.txt", File.ReadAllBytes(Dispatch)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var request = await LoadAsync(world, id);
        Assert.Equal("887/SNV-CCVC", request.DispatchNumber);
        Assert.Equal(new DateOnly(2025, 9, 24), request.DispatchDate);
        Assert.Equal(new DateTime(2025, 10, 8, 15, 30, 0), ProvinceTime.ToLocal(request.DeadlineUtc));
        Assert.Equal((new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)), (request.PeriodFrom!.Value, request.PeriodTo!.Value));
        Assert.StartsWith("Đề nghị báo cáo tình hình ứng dụng", request.Title, StringComparison.Ordinal);
        Assert.Equal(["I", "II", "III", "IV"], RequestOutline.Of(request.OutlineJson).Select(s => s.Number));
        Assert.NotNull(request.DispatchSha256);

        // Edit: one more outline heading, one more unit.
        var outline = RequestOutline.ToText(RequestOutline.Of(request.OutlineJson)) + "\nV. Phụ lục số liệu\n  1. Biểu tổng hợp";
        var edit = await reviewer.PostFormAsync($"/Requests/{id}/Edit", $"/Requests/{id}/Edit", new()
        {
            ["Input.Title"] = request.Title, ["Input.DispatchNumber"] = "887/SNV-CCVC", ["Input.DispatchDate"] = "2025-09-24",
            ["Input.PeriodLabel"] = request.PeriodLabel, ["Input.PeriodFrom"] = "2025-07-01", ["Input.PeriodTo"] = "2025-09-30",
            ["Input.DeadlineDate"] = "2025-10-08", ["Input.DeadlineTime"] = "15:30", ["Input.OutlineText"] = outline,
            ["Input.UnitIds"] = $"{world.UnitA.Id}",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var edited = RequestOutline.Of((await LoadAsync(world, id)).OutlineJson);
        Assert.Equal(["I", "II", "III", "IV", "V"], edited.Select(s => s.Number));
        Assert.Equal("Biểu tổng hợp", Assert.Single(edited[4].Children).Title);

        // Extend for one unit, then for all; close; an upload is then refused.
        var extend = await reviewer.PostFormAsync($"/Requests/{id}/Edit", $"/Requests/{id}/Edit?handler=Extend",
            new() { ["unitId"] = $"{world.UnitA.Id}", ["date"] = "2025-10-15", ["time"] = "10:00" });
        Assert.Equal(HttpStatusCode.Redirect, extend.StatusCode);
        var recipient = await world.WithDbAsync(db => db.RequestRecipients.SingleAsync(r => r.RequestId == id && r.UnitId == world.UnitA.Id));
        Assert.Equal(new DateTime(2025, 10, 15, 10, 0, 0), ProvinceTime.ToLocal(recipient.DeadlineUtc!.Value));
        var earlier = await reviewer.PostFormAsync($"/Requests/{id}/Edit", $"/Requests/{id}/Edit?handler=Extend", new() { ["date"] = "2025-10-01" });
        Assert.Contains("phải sau hạn hiện tại", WebUtility.HtmlDecode(await earlier.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await reviewer.PostFormAsync($"/Requests/{id}/Edit", $"/Requests/{id}/Edit?handler=Close", []);
        Assert.NotNull((await LoadAsync(world, id)).ClosedAtUtc);

        var history = WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{id}/Edit", UriKind.Relative)));
        Assert.Contains("Tạo yêu cầu", history, StringComparison.Ordinal);
        Assert.Contains("đề cương (9 mục)", history, StringComparison.Ordinal);
        Assert.Contains("Gia hạn cho Xã An Phú", history, StringComparison.Ordinal);
        Assert.Contains("Đóng yêu cầu", history, StringComparison.Ordinal);
        Assert.Contains(world.Reviewer, history, StringComparison.Ordinal);

        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var upload = await reporter.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", new() { ["RequestId"] = $"{id}" },
            f => Browser.AddFile(f, "report", "bao-cao.txt", Encoding.UTF8.GetBytes("UBND XÃ AN PHÚ\nBÁO CÁO\nQuý III năm 2025\n")));
        Assert.Contains("đã đóng", WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_PastDeadline_IsShownAndNeedsConfirmation(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Báo cáo nhanh " + world.Tag, ["Input.PeriodLabel"] = "Tháng 10 năm 2025", ["Input.DeadlineDate"] = "2025-11-05",
            ["Input.DeadlineTime"] = "09:00", ["Input.UnitIds"] = $"{world.UnitB.Id}", ["Input.OutlineText"] = "I. Kết quả\nII. Kiến nghị",
        };
        var warned = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", new(fields));
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var html = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());
        Assert.Contains(RequestChanges.PastDeadline, html, StringComparison.Ordinal);
        Assert.Contains("Input_AllowPastDeadline", html, StringComparison.Ordinal);
        Assert.Contains("II. Kiến nghị", html, StringComparison.Ordinal); // the outline typed is kept
        Assert.False(await world.WithDbAsync(db => db.Requests.AnyAsync(r => r.Title == "Báo cáo nhanh " + world.Tag)));

        fields["Input.AllowPastDeadline"] = "true";
        var created = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DispatchPdfWithATextLayer_GivesTheSameFieldsAsItsText(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var scope = world.App.Services.CreateScope();
        var reading = scope.ServiceProvider.GetRequiredService<DispatchReading>();
        var text = await File.ReadAllTextAsync(Dispatch);
        var fromText = await reading.ReadAsync("cong-van.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var fromPdf = await reading.ReadAsync("cong-van.pdf", new MemoryStream(PdfFixtureWriter.Write(text)));
        watch.Stop();
        Assert.True(fromText.Succeeded, fromText.Error);
        Assert.True(fromPdf.Succeeded, fromPdf.Error);
        var (t, p) = (fromText.Draft!, fromPdf.Draft!);
        Assert.Equal((t.Number, t.Date, t.Period, t.DeadlineLocal, t.Title), (p.Number, p.Date, p.Period, p.DeadlineLocal, p.Title));
        Assert.Equal(new DateTime(2025, 10, 8, 15, 30, 0), p.DeadlineLocal);
        Assert.Equal(RequestOutline.ToText(t.Outline), RequestOutline.ToText(p.Outline));
        Assert.Equal(7, RequestOutline.Flatten(p.Outline).Count());
        Console.WriteLine($"dispatch PDF read in {watch.Elapsed.TotalSeconds:0.00} s");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExtensionForOneUnit_MakesItOnTime_AndAWithdrawnReportNoLongerCounts(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var scope = world.App.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<TongHop.Application.Reporting.ReportingQueries>();
        async Task<string> StateOfB() => (await queries.DashboardAsync(world.Request.Id))!.Units.Single(u => u.Unit.Id == world.UnitB.Id).State.ToString();
        Assert.Equal("Late", await StateOfB()); // B sent 30 hours after the deadline

        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var local = ProvinceTime.ToLocal(world.Request.DeadlineUtc).AddDays(2);
        await reviewer.PostFormAsync($"/Requests/{world.Request.Id}/Edit", $"/Requests/{world.Request.Id}/Edit?handler=Extend",
            new() { ["unitId"] = $"{world.UnitB.Id}", ["date"] = local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["time"] = "17:00" });
        Assert.Equal("OnTime", await StateOfB());

        using var reporterB = await Browser.LoginAsync(world.App, world.ReporterB);
        var withdrawn = await reporterB.PostFormAsync($"/Submissions/Upload?requestId={world.Request.Id}", "/Submissions/Upload?handler=Withdraw", new() { ["submissionId"] = $"{world.SubmissionB.Id}" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal("Missing", await StateOfB());
        var figures = await queries.TableAsync(world.Request.Id);
        Assert.DoesNotContain(figures!.Cells.Keys, k => k.UnitId == world.UnitB.Id);
    }

    [Fact]
    public void OutlineText_RoundTrips_AndReadsLevelsFromIndentation()
    {
        Assert.True(RequestOutline.TryParseText("I. Kết quả\n  1. Chỉ đạo\n  2. Số liệu\n    a) Chi tiết\nII. Kiến nghị\n", out var outline, out _));
        Assert.Equal(["I", "II"], outline.Select(s => s.Number));
        Assert.Equal(["1", "2"], outline[0].Children.Select(s => s.Number));
        Assert.Equal(("a", "Chi tiết", 3), (outline[0].Children[1].Children[0].Number, outline[0].Children[1].Children[0].Title, outline[0].Children[1].Children[0].Level));
        Assert.Equal("I. Kết quả\n  1. Chỉ đạo\n  2. Số liệu\n    a. Chi tiết\nII. Kiến nghị", RequestOutline.ToText(outline));
        Assert.False(RequestOutline.TryParseText("I. " + new string('x', 600), out _, out var error));
        Assert.Contains("quá dài", error, StringComparison.Ordinal);
    }

    private static Task<ReportRequest> LoadAsync(World world, int id) =>
        world.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
}
