using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TongHop.Storage;
using TongHop.Storage.Identity;

namespace TongHop.Storage.Tests.Support;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file in a temp folder, or a new database on the
/// PostgreSQL server named by <c>TONGHOP_TEST_POSTGRES</c> (scripts/test starts one). When that variable
/// is set and the server is unreachable, the PostgreSQL cases fail: they are never skipped silently.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "TONGHOP_TEST_POSTGRES";

    private readonly string? _postgresName;

    private TestDatabase(string provider, string folder, StorageOptions options, string? postgresName)
    {
        Provider = provider;
        Folder = folder;
        Options = options;
        _postgresName = postgresName;
    }

    public string Provider { get; }

    public string Folder { get; }

    public StorageOptions Options { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>"sqlite", and "postgres" when <c>TONGHOP_TEST_POSTGRES</c> is set.</summary>
    public static TheoryData<string> Providers => PostgresServer is null ? new TheoryData<string>("sqlite") : new TheoryData<string>("sqlite", "postgres");

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tonghop-db-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (provider == "sqlite")
        {
            return new TestDatabase(provider, folder, new StorageOptions(DatabaseProvider.Sqlite, folder), null);
        }

        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var name = "tonghop_t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(provider, folder, new StorageOptions(DatabaseProvider.Postgres, folder, connectionString), name);
    }

    /// <summary>Services with storage and Identity, the database migrated and seeded with roles and catalog.</summary>
    public async Task<ServiceProvider> BuildServicesAsync(TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTongHopStorage(Options);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<TongHopDbContext>();
        var provider = services.BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(provider);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            // Originals are read-only by design; a leftover temp folder is harmless.
        }
    }
}
