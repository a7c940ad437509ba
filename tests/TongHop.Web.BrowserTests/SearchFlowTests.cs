using Microsoft.Playwright;
using TongHop.Testing;
using TongHop.Text.Normalization;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// Search in a real browser: the box in the top bar → the result list with highlighted words → the review page
/// with the matched words highlighted in the text (the link's #sSTART-END). Screenshots go to artifacts/screenshots/.
/// </summary>
public sealed class SearchFlowTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Search_FromTopBar_ToHighlightedSpanOnReviewPage()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await Chromium.NewPageAsync(browser);
        page.SetDefaultTimeout(60_000); // generous: a loaded machine renders slowly; this is no timing test
        await page.LogInAsync(app.BaseUrl, "chuyenvien", app.PasswordOf("chuyenvien"));

        await page.FillAsync("header.top input[name=q]", "to cong nghe so");
        await page.PressAsync("header.top input[name=q]", "Enter");
        // Wait for the results page's own line, not a lifecycle event (see Navigation).
        await page.Locator("#search-total").First.WaitForAsync();
        await page.WaitForSelectorAsync(Navigation.PageEnd, new() { State = WaitForSelectorState.Attached });
        Assert.Contains("/Search?q=", page.Url, StringComparison.Ordinal);
        // The demo reports are indexed by the background service within a poll or two of start.
        for (var attempt = 0; attempt < 60 && await page.Locator("#search-hits li").CountAsync() == 0; attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            await page.ReopenAsync();
        }

        var marks = await page.Locator("#search-hits li").First.Locator("mark").AllTextContentsAsync();
        Assert.Contains("công", marks.Select(m => m.ToLowerInvariant()));
        Directory.CreateDirectory(SharedPaths.Repo("artifacts", "screenshots"));
        await page.ScreenshotAsync(new() { Path = SharedPaths.Repo("artifacts", "screenshots", "10-search-results.png") });

        await page.Locator("#search-hits li a").First.ClickAsync();
        // Wait for the review page's highlighted span, not for the URL: where the navigation to a URL with a fragment had
        // committed before the wait began, WaitForURL waited for a "commit" that never came again (60 s, on a quick run).
        await page.Locator("#doc mark").First.WaitForAsync();
        Assert.Matches(@"/Submissions/\d+#s\d+-\d+$", page.Url);
        var highlighted = await page.TextContentAsync("#doc mark");
        Assert.Contains(VietnameseText.FoldLower(highlighted ?? ""), new[] { "to", "cong", "nghe", "so" });
        await page.ScreenshotAsync(new() { Path = SharedPaths.Repo("artifacts", "screenshots", "11-search-review-span.png") });
    }
}
