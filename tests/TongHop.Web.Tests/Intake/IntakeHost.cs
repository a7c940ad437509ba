using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TongHop.Application;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Web.Tests.Intake;

/// <summary>
/// The application layer on a fresh database of its own (no web host, no background workers), with a small province:
/// the units and request each test makes. Intake matches against every unit of the database, so these tests do not
/// share the web tests' app, whose database holds the units of every other test.
/// </summary>
public sealed class IntakeHost : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private IntakeHost(TestDatabase database, ServiceProvider services) => (_database, Services) = (database, services);

    public ServiceProvider Services { get; }

    public static async Task<IntakeHost> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddTongHopApplication(ApplicationOptions.From(database.Options));
        var provided = services.BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(provided);
        return new IntakeHost(database, provided);
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<TongHopDbContext, Task<T>> action) =>
        WithAsync(s => action(s.GetRequiredService<TongHopDbContext>()));

    /// <summary>A province with <paramref name="units"/> and one request to all of them (9 months of 2025, dispatch 845/SKHCN-VP).</summary>
    public async Task<(List<OrgUnit> Units, ReportRequest Request)> SeedAsync(params OrgUnit[] units)
    {
        return await WithDbAsync(async db =>
        {
            var province = new OrgUnit { Code = "TINH", Name = "Tỉnh Quảng Trị", Kind = OrgUnitKind.Province };
            foreach (var unit in units)
            {
                unit.Parent = province;
            }

            var deadline = new DateTime(2025, 9, 28, 9, 0, 0, DateTimeKind.Utc);
            var request = new ReportRequest
            {
                Title = "Báo cáo chuyển đổi số 9 tháng đầu năm 2025", DispatchNumber = "845/SKHCN-VP", PeriodLabel = "9 tháng đầu năm 2025",
                PeriodFrom = new DateOnly(2025, 1, 1), PeriodTo = new DateOnly(2025, 9, 30), DeadlineUtc = deadline, CreatedAtUtc = deadline.AddDays(-14),
                Recipients = [.. units.Select(u => new RequestRecipient { Unit = u })],
            };
            db.Units.Add(province);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return (units.ToList(), request);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
