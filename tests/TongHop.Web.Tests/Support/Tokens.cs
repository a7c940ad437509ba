using System.Text.RegularExpressions;

namespace TongHop.Web.Tests.Support;

/// <summary>Creates an API bearer token for a user through the tokens page, as a person would.</summary>
public static partial class Tokens
{
    public static async Task<string> CreateAsync(World world, string user)
    {
        ArgumentNullException.ThrowIfNull(world);
        using var browser = await Browser.LoginAsync(world.App, user);
        var response = await browser.PostFormAsync("/Account/Tokens", "/Account/Tokens", new() { ["Name"] = "thu-nghiem-" + user });
        var match = NewToken().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<code id=\"new-token\">(th_[A-Za-z0-9_-]+)</code>")]
    private static partial Regex NewToken();
}
