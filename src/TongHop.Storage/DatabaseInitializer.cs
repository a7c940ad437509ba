using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage.Catalog;
using TongHop.Storage.Identity;
using TongHop.Storage.Jobs;

namespace TongHop.Storage;

/// <summary>Brings a database up to date at start: migrations, roles, the shipped catalog, orphaned jobs.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the pages read while the worker writes.
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>()).ConfigureAwait(false);
        await CatalogImporter.ImportAsync(db, IndicatorCatalog.Default, cancellationToken).ConfigureAwait(false);

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await scope.ServiceProvider.GetRequiredService<JobQueue>().ReleaseOrphansAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            }
        }
    }
}
