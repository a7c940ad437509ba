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

        var unit = new OrgUnit { Code = "XA-CU", Name = "Xã Cũ", Kind = OrgUnitKind.Commune };
        var request = new ReportRequest { Title = "Báo cáo năm", PeriodLabel = "Năm 2025", DeadlineUtc = new DateTime(2025, 12, 15, 9, 0, 0, DateTimeKind.Utc), CreatedAtUtc = new DateTime(2025, 12, 1, 1, 0, 0, DateTimeKind.Utc) };
        db.Files.Add(new StoredFile { Sha256 = new string('a', 64), Size = 5, StoredAtUtc = request.CreatedAtUtc });
        var submission = new Submission { Request = request, Unit = unit, Version = 1, ReceivedAtUtc = request.CreatedAtUtc, FileSha256 = new string('a', 64), FileName = "bc.txt", State = ProcessingState.Done };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        var at = new DateTime(2025, 12, 2, 3, 0, 0, DateTimeKind.Utc);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Values" ("SubmissionId", "RequestId", "UnitId", "IndicatorKey", "Kind", "Value", "Unit", "Qualifier", "Evidence", "SpanStart", "SpanEnd", "Confidence", "Review")
            VALUES ({submission.Id}, {request.Id}, {unit.Id}, {"online_dossier_rate"}, {"Actual"}, {65.5m}, {"percent"}, {"Exact"}, {"Có 65,5% hồ sơ trực tuyến."}, {0}, {25}, {0.9}, {"Auto"})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Jobs" ("Kind", "SubmissionId", "State", "Attempts", "MaxAttempts", "NotBeforeUtc", "CreatedAtUtc")
            VALUES ({"extract"}, {submission.Id}, {"Queued"}, {0}, {3}, {at}, {at})
            """);

        await migrator.MigrateAsync();
        db.ChangeTracker.Clear();
        var value = await db.Values.AsNoTracking().SingleAsync();
        Assert.Equal((MeasureUnit.Percent, 65.5m, "Có 65,5% hồ sơ trực tuyến."), (value.MeasureUnit, value.Value, value.Evidence));
        var job = await db.Jobs.AsNoTracking().SingleAsync();
        Assert.Equal(("extract", (int?)submission.Id, JobState.Queued, (string?)null), (job.Kind, job.SubmissionId, job.State, job.Key));
    }
}
