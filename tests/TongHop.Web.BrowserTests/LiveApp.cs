using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Demo;
using TongHop.Web;

namespace TongHop.Web.BrowserTests;

/// <summary>The web app on a real Kestrel port on loopback, with the demo province in a temp folder.</summary>
public sealed class LiveApp : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "tonghop-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<DemoUser> Users { get; private set; } = [];

    public string PasswordOf(string user) => Users.Single(u => u.UserName == user).Password;

    /// <summary>Runs <paramref name="action"/> on the app's database (to set up a case the demo data does not hold).</summary>
    public async Task<T> WithDbAsync<T>(Func<TongHop.Storage.TongHopDbContext, Task<T>> action)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TongHop.Storage.TongHopDbContext>());
    }

    public async Task InitializeAsync()
    {
        _app = WebApp.Build(new WebAppOptions(_data, SeedDemo: true, Urls: "http://127.0.0.1:0"), ["--TongHop:Jobs:PollMilliseconds=200"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Users = DemoUsersFile.Read(_data);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by the stopped app: left for the system's temp clean-up
        }
    }
}
