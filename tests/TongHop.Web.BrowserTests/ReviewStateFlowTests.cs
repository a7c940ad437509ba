using System.Text;
using Microsoft.Playwright;
using TongHop.Core.Files;
using TongHop.Testing;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// A report's review in a real browser (issue 19): a reviewer returns a report with comments, the unit's reporter sees
/// them and sends a corrected report, the reviewer approves it, the leader accepts it and its values are locked.
/// Screenshots at 1366×768 and 390×844 go to artifacts/screenshots/.
/// </summary>
public sealed class ReviewStateFlowTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string Comment = "Đề nghị bổ sung số liệu trạm BTS và số hồ sơ trực tuyến của quý III.";

    private static readonly string Shots = SharedPaths.Repo("artifacts", "screenshots");

    [Fact]
    public async Task Return_Resubmit_Approve_Accept()
    {
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await Chromium.NewPageAsync(browser);
        page.SetDefaultTimeout(60_000); // generous: a loaded machine renders slowly; this is no timing test

        await LoginAsync(page, "chuyenvien");
        await OpenUnitReportAsync(page);
        await page.FillAsync("#state-form textarea", Comment);
        await page.ClickAsync("#state-form .act-return");
        await page.WaitForSelectorAsync("#review-state[data-state=returned]");
        Assert.Contains(Comment, await page.TextContentAsync("#return-comment") ?? "", StringComparison.Ordinal);
        await ShotsAsync(page, "19-01-review-returned");

        await page.LogOutAsync();
        await LoginAsync(page, "tinhphong");
        await page.OpenAsync(app.BaseUrl + "/Submissions/Upload?requestId=1");
        Assert.Contains("Trả lại để chỉnh sửa", await page.TextContentAsync("#submissions") ?? "", StringComparison.Ordinal);
        await page.ClickAsync("#submissions a:text('Xem')");
        await page.WaitForSelectorAsync("#return-comment");
        Assert.Contains(Comment, await page.TextContentAsync("#return-comment") ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#state-form").CountAsync());
        await ShotsAsync(page, "19-02-reporter-sees-return");
        await page.ClickAsync("#return-comment a");
        using var folder = new TempDirectory("tonghop-review-browser-"); // deleted with the test, not left in /tmp
        var report = folder.File("bao-cao-tinh-phong-sua.txt");
        await File.WriteAllTextAsync(report, "UBND XÃ TỊNH PHONG\nBÁO CÁO (bổ sung)\nToàn xã có 14 trạm phát sóng di động (BTS).\n", Encoding.UTF8);
        await page.SetInputFilesAsync("#report", report);
        if (await page.Locator("#resubmit").CountAsync() > 0)
        {
            await page.CheckAsync("#resubmit"); // the unit already sent a version: this one replaces it
        }

        await page.ClickAsync("#send");
        await page.WaitForSelectorAsync("#submissions tr:has-text('bao-cao-tinh-phong-sua') [data-state=Done]");
        await ShotsAsync(page, "19-03-reporter-resubmitted");

        await page.LogOutAsync();
        await LoginAsync(page, "chuyenvien");
        await OpenUnitReportAsync(page);
        Assert.Equal("received", await page.GetAttributeAsync("#review-state", "data-state"));
        await page.ClickAsync("#state-form .act-approve");
        await page.WaitForSelectorAsync("#review-state[data-state=approved]");

        await page.LogOutAsync();
        await LoginAsync(page, "lanhdao");
        await OpenUnitReportAsync(page);
        Assert.Equal(0, await page.Locator("#state-form .act-approve").CountAsync());
        await page.ClickAsync("#state-form .act-accept");
        await page.WaitForSelectorAsync("#review-state[data-state=accepted]");
        Assert.Equal(0, await page.Locator("#values .act-correct-form").CountAsync());
        Assert.Contains("Đã nhận → Đã duyệt", await page.TextContentAsync("#report-trail") ?? "", StringComparison.Ordinal);
        await ShotsAsync(page, "19-04-leader-accepted");
        await page.OpenAsync(app.BaseUrl + "/Requests/1");
        Assert.StartsWith("1/", (await page.TextContentAsync("#progress-approved b"))!.Trim(), StringComparison.Ordinal);
        await ShotsAsync(page, "19-05-dashboard-review-progress");
        await page.OpenAsync(app.BaseUrl + "/Requests/1/Figures");
        await ShotsAsync(page, "19-06-figures-trends");
    }

    private async Task OpenUnitReportAsync(IPage page)
    {
        await page.OpenAsync(app.BaseUrl + "/Requests/1");
        await page.ClickAsync("#unit-grid a[data-unit=XA-TINH-PHONG]");
        await page.WaitForSelectorAsync("#review-state");
    }

    private async Task LoginAsync(IPage page, string user)
    {
        await page.LogInAsync(app.BaseUrl, user, app.PasswordOf(user));
    }


    // The office screen and a phone.
    private static async Task ShotsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png") });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + "-phone.png") });
        await page.SetViewportSizeAsync(1366, 768);
    }
}
