using TongHop.Application.Demo;
using TongHop.Storage;

namespace TongHop.Web.Startup;

/// <summary>Migrates the database and, in demo mode, seeds the demo province and prints its users.</summary>
internal sealed class StartupInitializer(IServiceProvider services, WebAppOptions options, ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseInitializer.InitializeAsync(services, cancellationToken);
        if (!options.SeedDemo)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider);
        var users = await seeder.SeedAsync(cancellationToken);
        DemoUsersFile.Print(users, Console.Out);
        logger.LogInformation("Demo province ready with {Count} demo users", users.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
