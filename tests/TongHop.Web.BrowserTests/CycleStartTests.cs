using System.Text;
using Microsoft.Playwright;
using TongHop.Core.Files;
using TongHop.Testing;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// The start of a reporting cycle in a real browser (issue 17): the specialist creates a request from a dispatch PDF,
/// edits its outline; a unit's reporter uploads a report with an annex, sees the warnings for a report of another
/// unit and of another period, withdraws it and downloads a receipt. Screenshots at 1366×768 and 390×844 go to
/// artifacts/screenshots/.
/// </summary>
public sealed class CycleStartTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly string Shots = SharedPaths.Repo("artifacts", "screenshots");

    [Fact]
    public async Task CycleStart_FromDispatchPdfToReceipt()
    {
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await Chromium.NewPageAsync(browser);
        page.SetDefaultTimeout(60_000); // a loaded machine renders slowly; this is no timing test

        await LoginAsync(page, "chuyenvien");
        var requestId = await CreateFromDispatchAsync(page);
        await EditOutlineAsync(page, requestId);
        await page.LogOutAsync();

        await LoginAsync(page, "lyson");
        await UploadWrongReportAsync(page, requestId);
        await WithdrawAndDownloadReceiptAsync(page);
    }

    private async Task LoginAsync(IPage page, string user)
    {
        await page.LogInAsync(app.BaseUrl, user, app.PasswordOf(user));
    }

    private async Task<int> CreateFromDispatchAsync(IPage page)
    {
        var text = await File.ReadAllTextAsync(SharedPaths.Repo("tests", "fixtures", "requests", "so-noi-vu-quy-3.txt"));
        using var folder = new TempDirectory();
        var pdf = folder.File("cong-van.pdf");
        await File.WriteAllBytesAsync(pdf, PdfFixtureWriter.Write(text));

        await page.OpenAsync(app.BaseUrl + "/Requests/Create");
        await page.SetInputFilesAsync("#dispatch", pdf);
        await page.ClickAsync("#read-dispatch");
        await page.WaitForSelectorAsync("#notice");
        Assert.Equal("887/SNV-CCVC", await page.InputValueAsync("#Input_DispatchNumber"));
        Assert.Equal("2025-09-24", await page.InputValueAsync("#Input_DispatchDate"));
        Assert.Equal("2025-10-08", await page.InputValueAsync("#Input_DeadlineDate"));
        Assert.Equal("15:30", await page.InputValueAsync("#Input_DeadlineTime"));
        Assert.Contains("2. Dịch vụ công trực tuyến", await page.InputValueAsync("#Input_OutlineText"), StringComparison.Ordinal);
        await ShotsAsync(page, "17-01-request-from-dispatch");

        // The dispatch's deadline has passed: the page says so and asks before keeping it.
        await page.ClickAsync("#create-request");
        await page.WaitForSelectorAsync("#Input_AllowPastDeadline");
        Assert.Contains("Hạn nộp đã qua", await page.TextContentAsync("#errors") ?? "", StringComparison.Ordinal);
        await page.CheckAsync("#Input_AllowPastDeadline");
        await ShotsAsync(page, "17-02-past-deadline-warning");
        await page.ClickThroughAsync("#create-request", "#countdown");
        Assert.Matches(@"/Requests/\d+$", page.Url);
        Assert.Contains("887/SNV-CCVC ngày 24/09/2025", await page.TextContentAsync("main") ?? "", StringComparison.Ordinal);
        return int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task EditOutlineAsync(IPage page, int requestId)
    {
        await page.ClickThroughAsync("#edit-request", "#save-request");
        Assert.EndsWith($"/Requests/{requestId}/Edit", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var outline = await page.InputValueAsync("#Input_OutlineText");
        await page.FillAsync("#Input_OutlineText", outline + "\nV. Biểu số liệu kèm theo");
        // The synthesis's signer and number (issue 20; the form starts from the last request's): the head signs in person, no authority line.
        await page.FillAsync("#Input_SynthesisNumber", "/BC-SNV");
        await page.FillAsync("#Input_SignerAuthority", "");
        await page.FillAsync("#Input_SignerTitle", "GIÁM ĐỐC");
        await page.FillAsync("#Input_SignerName", "Tạ Minh Châu");
        await page.FillAsync("#Input_SynthesisRecipients", "UBND tỉnh (b/c);\nLưu: VT, CCVC.");
        await page.ClickAsync("#save-request");
        await page.WaitForSelectorAsync("#message");
        Assert.Contains("đề cương", await page.TextContentAsync("#request-events") ?? "", StringComparison.Ordinal);
        Assert.Contains("V. Biểu số liệu kèm theo", await page.InputValueAsync("#Input_OutlineText"), StringComparison.Ordinal);
        Assert.Contains("→ «GIÁM ĐỐC / Tạ Minh Châu»", await page.TextContentAsync("#request-events") ?? "", StringComparison.Ordinal);
        Assert.Equal("Tạ Minh Châu", await page.InputValueAsync("#Input_SignerName"));
        await ShotsAsync(page, "17-03-request-edited");
    }

    private async Task UploadWrongReportAsync(IPage page, int requestId)
    {
        // A report of another commune and of the whole year, for a third-quarter request of Lý Sơn.
        var report = TempText("bao-cao-xa-khac.txt", "UBND XÃ HÒA LỘC\nSố: 91/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\nToàn xã có 7 trạm phát sóng di động (BTS).\n");
        var annex = TempText("phu-luc.txt", "PHỤ LỤC\nSố liệu kèm theo\nCó 40/64 hồ sơ phát sinh được giải quyết trực tuyến, đạt tỷ lệ 62,5%.\n");
        await page.OpenAsync(app.BaseUrl + $"/Submissions/Upload?requestId={requestId}");
        await page.SetInputFilesAsync("#report", report);
        await page.SetInputFilesAsync("#annexes", annex);
        await page.ClickAsync("#send");
        await page.WaitForSelectorAsync("#message.ok");
        Assert.Contains("và 1 phụ lục", await page.TextContentAsync("#message") ?? "", StringComparison.Ordinal);
        await page.WaitForSelectorAsync("#submissions [data-state=Done]");
        await page.ReopenAsync();
        var warnings = await page.TextContentAsync("#submissions .warnings") ?? "";
        Assert.Contains("không phải đơn vị gửi «Đặc khu Lý Sơn»", warnings, StringComparison.Ordinal);
        Assert.Contains("không phải kỳ của yêu cầu", warnings, StringComparison.Ordinal);
        Assert.Contains("Phụ lục: phu-luc.txt", await page.TextContentAsync("#submissions") ?? "", StringComparison.Ordinal);
        await ShotsAsync(page, "17-04-upload-warnings");
    }

    private async Task WithdrawAndDownloadReceiptAsync(IPage page)
    {
        await page.ClickAsync("#submissions a.receipt-link");
        await page.WaitForSelectorAsync("#receipt");
        var number = (await page.TextContentAsync("#receipt-number"))!.Trim();
        Assert.StartsWith("BN-", number, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#receipt-files td.sha").CountAsync());
        await ShotsAsync(page, "17-05-receipt");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#receipt-pdf"));
        using var folder = new TempDirectory();
        var saved = folder.File(download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.Equal($"bien-nhan-{number}.pdf", download.SuggestedFilename);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(saved))[..5]), StringComparison.Ordinal);

        await page.GoBackAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync("#submissions button.withdraw");
        await page.WaitForSelectorAsync("#submissions .withdrawn-badge");
        Assert.Contains("Đã rút bản", await page.TextContentAsync("#message") ?? "", StringComparison.Ordinal);
        await ShotsAsync(page, "17-06-withdrawn");
    }

    private static string TempText(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tonghop-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    // Each page at an office screen and a phone.
    private static async Task ShotsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + "-phone.png"), FullPage = true });
        await page.SetViewportSizeAsync(1366, 768);
    }
}
