using Microsoft.Extensions.Configuration;
using TongHop.Storage;

namespace TongHop.Web;

/// <summary>How the web app starts: where its data lives, which database, whether to seed the demo province.</summary>
/// <param name="DataDirectory">Folder of the SQLite database and stored originals (default <c>./data</c>).</param>
/// <param name="SeedDemo">Whether to seed the demo province on an empty database.</param>
/// <param name="Urls">Addresses to listen on, e.g. <c>http://127.0.0.1:5080</c>; null for the default.</param>
/// <param name="PostgresConnection">A PostgreSQL connection string; null for SQLite in <paramref name="DataDirectory"/>.</param>
public sealed record WebAppOptions(string DataDirectory, bool SeedDemo, string? Urls, string? PostgresConnection = null)
{
    public static WebAppOptions Default { get; } = new("data", true, null);

    public StorageOptions Storage => StorageOptions.For(DataDirectory, PostgresConnection);

    /// <summary>Reads <c>--data DIR</c>, <c>--no-demo</c>, <c>--urls URLS</c> and <c>--postgres CONN</c> from raw arguments.</summary>
    public static WebAppOptions FromArgs(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--data" when i + 1 < args.Count => options with { DataDirectory = args[++i] },
                "--urls" when i + 1 < args.Count => options with { Urls = args[++i] },
                "--postgres" when i + 1 < args.Count => options with { PostgresConnection = args[++i] },
                "--no-demo" => options with { SeedDemo = false },
                _ => options,
            };
        }

        return options;
    }

    /// <summary>
    /// Settings win over arguments: <c>TongHop:Data</c>, <c>TongHop:Demo</c>, <c>TongHop:Postgres</c>
    /// (also as environment variables <c>TongHop__Postgres</c> …), so production and tests can configure
    /// the app without a command line.
    /// </summary>
    public WebAppOptions WithConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = this;
        if (configuration["TongHop:Data"] is { Length: > 0 } data)
        {
            options = options with { DataDirectory = data };
        }

        if (bool.TryParse(configuration["TongHop:Demo"], out var demo))
        {
            options = options with { SeedDemo = demo };
        }

        return configuration["TongHop:Postgres"] is { Length: > 0 } pg ? options with { PostgresConnection = pg } : options;
    }
}
