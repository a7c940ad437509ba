using System.Text;
using Microsoft.Playwright;
using TongHop.Core.Files;
using TongHop.Testing;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// Bulk intake in a real browser: a reviewer drops a batch (a zip is a batch too) onto the intake page; the report of a
/// demo unit is filed at once, one whose header OCR garbled waits in the intake inbox with the unit proposed; one click
/// confirms it. Screenshots at 1366×768 and 390×844 go to artifacts/screenshots/.
/// </summary>
public sealed class IntakeFlowTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly string Shots = SharedPaths.Repo("artifacts", "screenshots");

    [Fact]
    public async Task Intake_DropABatch_ThenConfirmTheWaitingFile()
    {
        Directory.CreateDirectory(Shots);
        using var folder = new TempDirectory("tonghop-intake-browser-");
        var clear = folder.File("BC-nghia-lo.txt");
        var garbled = folder.File("scan-0917.txt");
        await File.WriteAllTextAsync(clear, Report("PHƯỜNG NGHĨA LỘ", "Nghĩa Lộ", "Số: 118/BC-UBND"), Encoding.UTF8);
        // The scanner's OCR dropped a letter of the special zone's name, in the header and in the date line alike (a
        // correct date line would let the reader restore the name): proposed, never filed without a person.
        await File.WriteAllTextAsync(garbled, Report("ĐẶC KHU LÝ SƠ", "Lý Sơ", "Số: 35/BC-UBND"), Encoding.UTF8);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await Chromium.NewPageAsync(browser);
        page.SetDefaultTimeout(120_000); // reading the batch runs the pipeline; a loaded machine is slow, this is no timing test
        await page.LogInAsync(app.BaseUrl, "chuyenvien", app.PasswordOf("chuyenvien"));

        await page.ClickThroughAsync("nav a:text('Tiếp nhận')", "#files");
        Assert.EndsWith("/Intake", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.SetInputFilesAsync("#files", [clear, garbled]);
        await page.ClickAsync("#take");
        await page.WaitForSelectorAsync("#outcomes");
        Assert.Equal(1, await page.Locator("#outcomes [data-outcome=filed]").CountAsync());
        Assert.Equal(1, await page.Locator("#outcomes [data-outcome=needs-review]").CountAsync());
        Assert.Contains("Phường Nghĩa Lộ", await page.TextContentAsync("#outcomes [data-outcome=filed]") ?? "", StringComparison.Ordinal);
        await ShotAsync(page, "intake-01-batch");

        var waiting = page.Locator("#inbox .intake-item", new() { HasText = "scan-0917.txt" });
        Assert.Equal("Đặc khu Lý Sơn", (await waiting.Locator("select[name=unitId] option:checked").TextContentAsync())?.Trim());
        await page.SetViewportSizeAsync(390, 844);
        await ShotAsync(page, "intake-02-inbox-phone", fullPage: true);
        await page.SetViewportSizeAsync(1366, 768);

        await waiting.Locator("button.confirm").ClickAsync();
        await page.WaitForSelectorAsync("#intake-message");
        Assert.Contains("Đã vào sổ tệp scan-0917.txt", await page.TextContentAsync("#intake-message") ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#inbox .intake-item", new() { HasText = "scan-0917.txt" }).CountAsync());
        var row = page.Locator("#recent tr", new() { HasText = "scan-0917.txt" });
        Assert.Contains("Đặc khu Lý Sơn", await row.TextContentAsync() ?? "", StringComparison.Ordinal);
        await ShotAsync(page, "intake-03-confirmed");

        // The special zone that had not reported now has: the dashboard counts it.
        await page.OpenAsync(app.BaseUrl + "/Requests/1");
        Assert.Equal("100%", (await page.TextContentAsync("#rate-reporting b"))!.Trim());

        await LoginAsAdminAndOpenMailSettingsAsync(page);
    }

    private async Task LoginAsAdminAndOpenMailSettingsAsync(IPage page)
    {
        await page.Context.ClearCookiesAsync();
        await page.LogInAsync(app.BaseUrl, "admin", app.PasswordOf("admin"));
        await page.OpenAsync(app.BaseUrl + "/Admin/Mail");
        await page.FillAsync("#imap-host", "mail.sokhcn.example");
        await page.FillAsync("#imap-user", "baocao@sokhcn.example");
        await page.FillAsync("#smtp-host", "mail.sokhcn.example");
        await page.FillAsync("#from", "tonghop@sokhcn.example");
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("#mail-message");
        Assert.Contains("Đã lưu", await page.TextContentAsync("#mail-message") ?? "", StringComparison.Ordinal);
        Assert.Equal("mail.sokhcn.example", await page.InputValueAsync("#imap-host"));
        await ShotAsync(page, "mail-settings");
        await page.SetViewportSizeAsync(390, 844);
        await ShotAsync(page, "mail-settings-phone", fullPage: true);
    }

    private static string Report(string unitUpper, string place, string number) =>
        $"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{unitUpper}\tĐộc lập - Tự do - Hạnh phúc\n{number}\t{place}, ngày 23 tháng 9 năm 2025\n\n" +
        "BÁO CÁO\nKết quả triển khai chuyển đổi số 9 tháng đầu năm 2025\n\n" +
        "Thực hiện Công văn số 1575/SKHCN-QLCN của Sở Khoa học và Công nghệ, đơn vị báo cáo như sau:\n" +
        "Trên địa bàn có 6 trạm thu phát sóng di động (BTS).\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n";

    private static Task ShotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = fullPage });
}
