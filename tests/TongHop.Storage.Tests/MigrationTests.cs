using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Core.Indicators;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Storage.Tests;

/// <summary>A database from before the JobKinds migration keeps its rows through it (a renamed column, a rebuilt table) and the later ones.</summary>
public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task JobKindsMigration_KeepsValuesAndJobsOfAnEarlierDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = new ServiceCollection().AddLogging().AddTongHopStorage(database.Options).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var jobKinds = migrations.FindIndex(m => m.EndsWith("_JobKinds", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[jobKinds - 1]);

        // The earlier schema is written with SQL of its own time: today's model has columns that schema does not.
        const int id = 1;
        var created = new DateTime(2025, 12, 1, 1, 0, 0, DateTimeKind.Utc);
        var sha = new string('a', 64);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Units" ("Id", "Code", "Name", "Kind") VALUES ({id}, {"XA-CU"}, {"Xã Cũ"}, {"Commune"})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Requests" ("Id", "Title", "PeriodLabel", "DeadlineUtc", "CreatedAtUtc", "OutlineJson")
            VALUES ({id}, {"Báo cáo năm"}, {"Năm 2025"}, {new DateTime(2025, 12, 15, 9, 0, 0, DateTimeKind.Utc)}, {created}, {"[]"})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Files" ("Sha256", "Size", "StoredAtUtc") VALUES ({sha}, {5L}, {created})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Submissions" ("Id", "RequestId", "UnitId", "Version", "ReceivedAtUtc", "FileSha256", "FileName", "State")
            VALUES ({id}, {id}, {id}, {1}, {created}, {sha}, {"bc.txt"}, {"Done"})
            """);
        var at = new DateTime(2025, 12, 2, 3, 0, 0, DateTimeKind.Utc);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Values" ("SubmissionId", "RequestId", "UnitId", "IndicatorKey", "Kind", "Value", "Unit", "Qualifier", "Evidence", "SpanStart", "SpanEnd", "Confidence", "Review")
            VALUES ({id}, {id}, {id}, {"online_dossier_rate"}, {"Actual"}, {65.5m}, {"percent"}, {"Exact"}, {"Có 65,5% hồ sơ trực tuyến."}, {0}, {25}, {0.9}, {"Auto"})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Jobs" ("Kind", "SubmissionId", "State", "Attempts", "MaxAttempts", "NotBeforeUtc", "CreatedAtUtc")
            VALUES ({"extract"}, {id}, {"Queued"}, {0}, {3}, {at}, {at})
            """);

        await migrator.MigrateAsync();
        db.ChangeTracker.Clear();
        var value = await db.Values.AsNoTracking().SingleAsync();
        Assert.Equal((MeasureUnit.Percent, 65.5m, "Có 65,5% hồ sơ trực tuyến."), (value.MeasureUnit, value.Value, value.Evidence));
        var job = await db.Jobs.AsNoTracking().SingleAsync();
        Assert.Equal(("extract", (int?)id, JobState.Queued, (string?)null), (job.Kind, job.SubmissionId, job.State, job.Key));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SynthesisSigningMigration_KeepsEarlierRequests_AndStoresTheSigner(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = new ServiceCollection().AddLogging().AddTongHopStorage(database.Options).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var signing = migrations.FindIndex(m => m.EndsWith("_SynthesisSigning", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[signing - 1]);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Requests" ("Id", "Title", "PeriodLabel", "DeadlineUtc", "CreatedAtUtc", "OutlineJson", "RemindDaysBefore")
            VALUES ({7}, {"Báo cáo quý"}, {"Quý IV năm 2025"}, {new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc)}, {new DateTime(2025, 12, 20, 2, 0, 0, DateTimeKind.Utc)}, {"[]"}, {3})
            """);

        await migrator.MigrateAsync();
        db.ChangeTracker.Clear();
        var request = await db.Requests.AsTracking().SingleAsync(r => r.Id == 7);
        Assert.Equal(("Báo cáo quý", (string?)null, (string?)null), (request.Title, request.SignerName, request.SynthesisRecipients));
        (request.SynthesisNumber, request.SignerAuthority, request.SignerTitle, request.SignerName) = ("/BC-SKHCN", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Thị Hồng Nhung");
        request.SynthesisRecipients = "UBND tỉnh (b/c);\nLưu: VT, QLCN.";
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var stored = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == 7);
        Assert.Equal(("/BC-SKHCN", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Thị Hồng Nhung", "UBND tỉnh (b/c);\nLưu: VT, QLCN."),
            (stored.SynthesisNumber, stored.SignerAuthority, stored.SignerTitle, stored.SignerName, stored.SynthesisRecipients));
    }
}
