using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Identity;

namespace TongHop.Web.Tests.Support;

/// <summary>API clients acting as a user of a <see cref="World"/>, through a bearer token made as the tokens page makes it.</summary>
public static class Tokens
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
}
