using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TongHop.Application;
using TongHop.Storage;

namespace TongHop.Cli;

/// <summary>The application layer without a web host, for the commands that work on a database (admin, search, synthesize).</summary>
internal static class CliServices
{
    /// <param name="configuration">Settings (mail, for <c>remind</c>); none for the defaults.</param>
    public static ServiceProvider Build(StorageOptions storage, Microsoft.Extensions.Configuration.IConfiguration? configuration = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddTongHopApplication(ApplicationOptions.From(storage, configuration));
        return services.BuildServiceProvider();
    }
}
