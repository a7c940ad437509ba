using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Identity;

namespace TongHop.Web.Tests.Support;

/// <summary>
/// API bearer tokens for a user of a <see cref="World"/>: made directly as the tokens page makes them
/// (<see cref="ClientAsync"/>), or through the tokens page, as a person would (<see cref="CreateAsync"/>).
/// </summary>
public static partial class Tokens
{
    public static async Task<HttpClient> ClientAsync(World world, string userName)
    {
        ArgumentNullException.ThrowIfNull(world);
        await using var scope = world.App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
        var token = await ApiTokens.CreateAsync(scope.ServiceProvider.GetRequiredService<TongHopDbContext>(), user!.Id, "kiem-thu", DateTime.UtcNow);
        var client = world.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

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
