using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Storage.Files;
using TongHop.Storage.Jobs;

namespace TongHop.Storage;

/// <summary>Registers the database context of the configured provider, the original store and the job queue.</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddTongHopStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.DataDirectory);
        var connection = options.EffectiveConnectionString;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<TongHopDbContext, PostgresTongHopDbContext>(o => o.UseNpgsql(WithPoolDefaults(connection)));
        }
        else
        {
            services.AddDbContext<TongHopDbContext, SqliteTongHopDbContext>(o => o.UseSqlite(connection));
        }

        services.AddSingleton(options);
        services.AddSingleton(new OriginalStore(options.OriginalsDirectory, options.MaxUploadBytes));
        services.AddScoped<JobQueue>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// PostgreSQL pool settings for a web app whose every page runs the same few short statements (the data version
    /// first): a connection back in the pool is not reset (no <c>DISCARD ALL</c> before its next statement; nothing here
    /// keeps session state: the advisory locks are per transaction), and a statement run 5 times on a connection is
    /// prepared there. At national scale this halved the database's CPU per page (benchmarks/web-scale.sh). A connection
    /// string that names either setting keeps its own (e.g. <c>Max Auto Prepare=0</c> behind a transaction-mode pooler).
    /// </summary>
    public static string WithPoolDefaults(string connection)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 20;
        }

        return builder.ConnectionString;
    }
}
