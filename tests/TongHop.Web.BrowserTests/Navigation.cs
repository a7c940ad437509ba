using Microsoft.Playwright;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// Moving between pages in the browser tests, waiting for what is on the page, never for Chromium's lifecycle events.
/// On a loaded machine those events have gone missing: "load" once never came in 120 s, DOMContentLoaded once never came
/// after a form's GET, and <c>WaitForURL</c>, called after its navigation had already committed, waited out its whole
/// timeout three times (a login in CI, an intake link, a search hit). The layout's footer is its last element, so once it
/// is in the document everything above it has been parsed.
/// </summary>
public static class Navigation
{
    /// <summary>The layout's last element: attached once the page above it has been parsed.</summary>
    public const string PageEnd = "body > footer";

    private static readonly PageWaitForSelectorOptions Attached = new() { State = WaitForSelectorState.Attached };

    /// <summary>Goes to <paramref name="url"/> and waits until its page has been parsed.</summary>
    public static async Task OpenAsync(this IPage page, string url)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync(PageEnd, Attached);
    }

    /// <summary>Reloads the page and waits until it has been parsed again.</summary>
    public static async Task ReopenAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync(PageEnd, Attached);
    }

    /// <summary>
    /// Clicks <paramref name="selector"/> and waits for <paramref name="target"/>, an element only the page it leads to
    /// has, then for that page's end.
    /// </summary>
    public static async Task ClickThroughAsync(this IPage page, string selector, string target)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ClickAsync(selector);
        await page.WaitForSelectorAsync(target, Attached);
        await page.WaitForSelectorAsync(PageEnd, Attached);
    }

    /// <summary>Logs <paramref name="user"/> in from the login page and waits for the home page.</summary>
    public static async Task LogInAsync(this IPage page, string baseUrl, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.OpenAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", password);
        // Only a signed-in page has the log-out button; the login page, shown again after a refusal, does not.
        await page.ClickThroughAsync("button[type=submit]", ".logout button");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }

    /// <summary>Logs out and waits for the login page.</summary>
    public static async Task LogOutAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ClickThroughAsync(".logout button", "#UserName");
        Assert.EndsWith("/Account/Login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }
}
