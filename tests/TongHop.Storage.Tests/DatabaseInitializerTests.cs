using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage.Tests.Support;

namespace TongHop.Storage.Tests;

public sealed class DatabaseInitializerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Initialize_MigratesAndSeedsRolesAndCatalog(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(41, await db.Indicators.CountAsync());
        Assert.Equal(4, await db.Roles.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Initialize_SeedsTheTypedCatalogInItsOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ToListAsync();
        var shipped = IndicatorCatalog.Default.Indicators;
        Assert.Equal(shipped.Select(d => (d.Key, d.Group, d.Name, d.Unit, d.IsRatio, d.Aggregate)), rows.Select(r => (r.Key, r.Group, r.Name, r.Unit, r.IsRatio, r.Aggregate)));
        Assert.Contains(rows, r => r.Unit == MeasureUnit.Percent && r.Aggregate == AggregateMethod.RatioOfSums);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Initialize_Again_KeepsAdministratorEdits(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var services = await database.BuildServicesAsync())
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            var indicator = await db.Indicators.SingleAsync(i => i.Key == "bts_stations");
            indicator.Name = "Số trạm BTS (đã sửa)";
            await db.SaveChangesAsync();
        }

        await using var again = await database.BuildServicesAsync();
        await using var scope2 = again.CreateAsyncScope();
        var db2 = scope2.ServiceProvider.GetRequiredService<TongHopDbContext>();
        Assert.Equal("Số trạm BTS (đã sửa)", (await db2.Indicators.SingleAsync(i => i.Key == "bts_stations")).Name);
        Assert.Equal(41, await db2.Indicators.CountAsync());
    }

    [Fact]
    public void Providers_PostgresOnlyWhenConfigured_SaysSo()
    {
        // Without TONGHOP_TEST_POSTGRES (a developer running dotnet test alone) the storage tests run on
        // SQLite only; scripts/test always sets it, so CI covers both databases.
        var cases = ((IEnumerable<object[]>)TestDatabase.Providers).Select(row => (string)row[0]).ToList();
        string[] expected = TestDatabase.PostgresServer is null ? ["sqlite"] : ["sqlite", "postgres"];
        Assert.Equal(expected, cases);
    }
}
