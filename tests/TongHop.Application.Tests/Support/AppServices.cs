using Microsoft.Extensions.DependencyInjection;
using TongHop.Storage;
using TongHop.Storage.Tests.Support;

namespace TongHop.Application.Tests.Support;

/// <summary>The application layer as the hosts compose it (<see cref="ApplicationRegistration"/>), on a fresh, initialised test database.</summary>
public static class AppServices
{
    public static async Task<ServiceProvider> BuildAsync(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTongHopApplication(ApplicationOptions.From(database.Options));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(provider);
        return provider;
    }
}
