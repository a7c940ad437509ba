using System.Net;
using Microsoft.EntityFrameworkCore;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

public sealed class ReportingTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dashboard_ShowsRatesStatesAndWhomToCall(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var html = await reviewer.Client.GetStringAsync(new Uri($"/Requests/{world.Request.Id}", UriKind.Relative));
        // A answered 5 hours early, B 30 hours late: both received (100%), one on time (50%).
        Assert.Contains("<b>100%</b>2/2", html, StringComparison.Ordinal);
        Assert.Contains("<b>50%</b>1", html, StringComparison.Ordinal);
        Assert.Contains("25/09/2025 16:00", html, StringComparison.Ordinal);
        Assert.Contains("đã quá hạn", html, StringComparison.Ordinal);
        var followUp = html[html.IndexOf("id=\"follow-up\"", StringComparison.Ordinal)..];
        Assert.Contains(world.UnitB.Name, followUp, StringComparison.Ordinal);
        Assert.Contains("0255 333 444", followUp, StringComparison.Ordinal);
        Assert.DoesNotContain(world.UnitA.Name, followUp, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StatusApi_GivesStatesPerUnit(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        var json = await leader.Client.GetStringAsync(new Uri($"/api/requests/{world.Request.Id}/status", UriKind.Relative));
        Assert.Contains("\"expected\":2,\"onTime\":1,\"late\":1,\"missing\":0,\"reportingRate\":100", json, StringComparison.Ordinal);
        Assert.Contains($"\"code\":\"B-{world.Tag}\",\"name\":\"{world.UnitB.Name}\",\"state\":\"late\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deadline\":\"2025-09-25T16:00:00+07:00\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiguresPage_RendersChartDataAndVietnameseNumbers(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var html = await reviewer.Client.GetStringAsync(new Uri($"/Requests/{world.Request.Id}/Figures", UriKind.Relative));
        Assert.Contains("/lib/chart.js/chart.umd.min.js", html, StringComparison.Ordinal);
        Assert.Contains("\"key\":\"bts_stations\"", html, StringComparison.Ordinal);
        Assert.Contains("Cộng tổng", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/lib/chart.js/chart.umd.min.js")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportCsv_HasBomSemicolonsAndDecimalComma(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var bytes = await reviewer.Client.GetByteArrayAsync(new Uri($"/Requests/{world.Request.Id}/Table?handler=Export&format=csv", UriKind.Relative));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("\"Mã đơn vị\";\"Đơn vị\";", lines[0], StringComparison.Ordinal);
        var rowA = lines.Single(l => l.StartsWith($"\"A-{world.Tag}\"", StringComparison.Ordinal));
        Assert.Contains(";12;", rowA + ";", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportXlsx_IsAWorkbookWithNumbers(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var response = await reviewer.GetAsync($"/Requests/{world.Request.Id}/Table?handler=Export&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.Contains(cells, c => c.InnerText == world.UnitA.Name);
        Assert.Contains(cells, c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number && c.CellValue?.Text == "12");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateRequest_ByReviewer_AppearsWithCountdown(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var deadline = DateTime.UtcNow.AddDays(3);
        var response = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", new()
        {
            ["Input.Title"] = "Báo cáo năm 2025 " + world.Tag, ["Input.PeriodLabel"] = "Năm 2025", ["Input.PeriodFrom"] = "2025-01-01", ["Input.PeriodTo"] = "2025-12-31",
            ["Input.DeadlineDate"] = deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.DeadlineTime"] = "14:00",
            ["Input.UnitIds"] = $"{world.UnitA.Id}",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dashboard = await reviewer.Client.GetStringAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative));
        Assert.Contains("Báo cáo năm 2025 " + world.Tag, dashboard, StringComparison.Ordinal);
        Assert.Contains("còn ", dashboard, StringComparison.Ordinal);
        Assert.Contains("<b>0%</b>0/1", dashboard, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateRequest_WithOneIndicatorPicked_AsksForOnlyThatOne(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var form = await reviewer.Client.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative));
        Assert.Contains("name=\"Input.IndicatorKeys\" value=\"online_dossier_rate\" checked=\"checked\"", form, StringComparison.Ordinal);
        var response = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", new()
        {
            ["Input.Title"] = "Chỉ số BTS " + world.Tag, ["Input.PeriodLabel"] = "Năm 2025", ["Input.DeadlineDate"] = "2025-12-20", ["Input.DeadlineTime"] = "17:00",
            ["Input.UnitIds"] = $"{world.UnitA.Id}", ["Input.IndicatorKeys"] = "bts_stations", ["Input.AllowPastDeadline"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["bts_stations"], await world.WithDbAsync(db => db.RequestIndicators.Where(r => r.RequestId == id).Select(r => r.IndicatorKey).ToListAsync()));
        var figures = await reviewer.Client.GetStringAsync(new Uri($"/Requests/{id}/Figures", UriKind.Relative));
        Assert.Contains("data-key=\"bts_stations\"", figures, StringComparison.Ordinal);
        Assert.DoesNotContain("data-key=\"online_dossier_rate\"", figures, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateRequest_Invalid_ListsReasons(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var response = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", new() { ["Input.Title"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Cần nhập tên yêu cầu.", html, StringComparison.Ordinal);
        Assert.Contains("Cần chọn ít nhất một đơn vị nhận.", html, StringComparison.Ordinal);
    }
}
