using Microsoft.Playwright;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// Launches Debian's Chromium (never a downloaded browser) headless, sized like a 1366×768 office screen.
/// A missing Chromium fails the tests: scripts/test installs it.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("TONGHOP_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Assert.True(File.Exists(ExecutablePath), $"Chromium not found at {ExecutablePath}; run scripts/test (installs Debian's chromium).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public static Task<IPage> NewPageAsync(IBrowser browser) =>
        browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
}
