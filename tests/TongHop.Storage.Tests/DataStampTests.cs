using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Storage.Tests;

public sealed class DataStampTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_OfReportingData_MovesTheVersionOn_OtherChangesDoNot(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var start = await db.DataVersionAsync();

        db.Units.Add(new OrgUnit { Code = "X1", Name = "Xã Một" });
        await db.SaveChangesAsync();
        var afterUnit = await db.DataVersionAsync();
        Assert.Equal(start + 1, afterUnit);

        var indicator = await db.Indicators.SingleAsync(i => i.Key == "bts_stations");
        indicator.Name = "Số trạm BTS";
        db.SaveChanges();
        Assert.Equal(afterUnit + 1, await db.DataVersionAsync());

        // A stored original alone is no reporting data: pages keep what they cached.
        db.Files.Add(new StoredFile { Sha256 = new string('a', 64), Size = 1, StoredAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        Assert.Equal(afterUnit + 1, await db.DataVersionAsync());
    }
}
