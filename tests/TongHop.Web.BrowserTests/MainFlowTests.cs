using System.Text;
using Microsoft.Playwright;
using TongHop.Core.Files;
using TongHop.Testing;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// The main flow in a real browser: log in → create a request → upload a report as a unit → see the
/// values → correct one → see the dashboard and figures change. Screenshots go to artifacts/screenshots/.
/// </summary>
public sealed class MainFlowTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly string Shots = SharedPaths.Repo("artifacts", "screenshots");

    [Fact]
    public async Task MainFlow_FromRequestToCorrectedFigure()
    {
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await Chromium.NewPageAsync(browser);
        page.SetDefaultTimeout(60_000); // generous: a loaded machine renders slowly; this is no timing test

        await LoginAsync(page, "chuyenvien");
        await CreateRequestAsync(page);
        await page.OpenAsync(app.BaseUrl + "/Requests/1");
        Assert.Equal("90%", (await page.TextContentAsync("#rate-reporting b"))!.Trim());
        await ShotAsync(page, "03-dashboard-before");

        await page.LogOutAsync();
        await LoginAsync(page, "lyson");
        await UploadAsync(page);

        await page.LogOutAsync();
        await LoginAsync(page, "chuyenvien");
        await page.OpenAsync(app.BaseUrl + "/Requests/1");
        Assert.Equal("100%", (await page.TextContentAsync("#rate-reporting b"))!.Trim());
        Assert.Contains("Đặc khu Lý Sơn", await page.TextContentAsync("#follow-up") ?? "", StringComparison.Ordinal);
        await ShotAsync(page, "05-dashboard-after-upload");

        await CorrectAValueAsync(page);
    }

    private async Task LoginAsync(IPage page, string user)
    {
        await page.LogInAsync(app.BaseUrl, user, app.PasswordOf(user));
        await ShotAsync(page, "01-home-" + user);
    }


    private async Task CreateRequestAsync(IPage page)
    {
        await page.OpenAsync(app.BaseUrl + "/Requests/Create");
        await page.FillAsync("#Input_Title", "Báo cáo kết quả chuyển đổi số năm 2025");
        await page.FillAsync("#Input_PeriodLabel", "Năm 2025");
        await page.FillAsync("#Input_PeriodFrom", "2025-01-01");
        await page.FillAsync("#Input_PeriodTo", "2025-12-31");
        await page.FillAsync("#Input_DeadlineDate", DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_DeadlineTime", "14:00");
        await ShotAsync(page, "02-create-request");
        await page.ClickThroughAsync("#create-request", "#countdown");
        // The new request's number follows the demo's (the demo now also holds earlier periods for its trends).
        Assert.Matches(@"/Requests/\d+$", page.Url);
        Assert.DoesNotMatch(@"/Requests/1$", page.Url);
        Assert.StartsWith("còn ", (await page.TextContentAsync("#countdown"))!, StringComparison.Ordinal);
        Assert.Equal("0%", (await page.TextContentAsync("#rate-reporting b"))!.Trim());
    }

    private async Task UploadAsync(IPage page)
    {
        using var folder = new TempDirectory();
        var report = folder.File("bao-cao-ly-son.txt");
        await File.WriteAllTextAsync(report, "UBND ĐẶC KHU LÝ SƠN\nBÁO CÁO\nKết quả chuyển đổi số 9 tháng đầu năm 2025\nToàn đặc khu có 9 trạm phát sóng di động (BTS).\n", Encoding.UTF8);
        await page.OpenAsync(app.BaseUrl + "/Submissions/Upload?requestId=1");
        await page.SetInputFilesAsync("#report", report);
        await page.ClickAsync("#send");
        await page.WaitForSelectorAsync("#submissions [data-state=Done]");
        await ShotAsync(page, "04-upload-done");
        await page.ClickAsync("#submissions a:text('Xem')");
        // A text report is shown as its laid-out page; its text stays one tab away ("Văn bản đã phục hồi").
        await page.WaitForSelectorAsync("#doc", new() { State = WaitForSelectorState.Attached });
        Assert.Contains("9 trạm phát sóng", await page.TextContentAsync("#doc") ?? "", StringComparison.Ordinal);
    }

    private async Task CorrectAValueAsync(IPage page)
    {
        await page.OpenAsync(app.BaseUrl + "/Requests/1/Figures");
        var before = await page.TextContentAsync("#figures tr[data-key=bts_stations] b");
        await page.OpenAsync(app.BaseUrl + "/Submissions/1");
        var row = page.Locator("#values tr[data-value-id]", new() { HasText = "Số trạm phát sóng di động (BTS)" }).First;
        await row.ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        Assert.Contains("trạm phát sóng", await page.TextContentAsync("#doc mark") ?? "", StringComparison.Ordinal);
        await ShotAsync(page, "06-review-evidence");
        await row.Locator(".act-value").FillAsync("1.000");
        await row.Locator(".act-correct-form button").ClickAsync();
        await page.WaitForSelectorAsync("#values .badge.Corrected");
        Assert.Contains("chuyenvien", await page.TextContentAsync("#audit") ?? "", StringComparison.Ordinal);
        await ShotAsync(page, "07-review-corrected");
        await page.OpenAsync(app.BaseUrl + "/Requests/1/Figures");
        var after = await page.TextContentAsync("#figures tr[data-key=bts_stations] b");
        Assert.NotEqual(before, after);
        Assert.StartsWith("1.", after, StringComparison.Ordinal);
        await ShotAsync(page, "08-figures-after-correction");
        await page.OpenAsync(app.BaseUrl + "/Requests/1/Table");
        await ShotAsync(page, "09-table");
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png") });
}
