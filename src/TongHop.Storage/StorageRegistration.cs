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
            services.AddDbContext<TongHopDbContext, PostgresTongHopDbContext>(o => o.UseNpgsql(connection));
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
}
