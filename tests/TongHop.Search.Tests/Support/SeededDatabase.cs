using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Search.Tests.Support;

/// <summary>A fresh database of one provider with two units, one request and stored extractions added by the test.</summary>
public sealed class SeededDatabase : IAsyncDisposable
{
    private SeededDatabase(TestDatabase database, ServiceProvider services) => (Database, Services) = (database, services);

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public OrgUnit UnitA { get; private set; } = null!;

    public OrgUnit UnitB { get; private set; } = null!;

    public ReportRequest Request { get; private set; } = null!;

    public static async Task<SeededDatabase> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var seeded = new SeededDatabase(database, await database.BuildServicesAsync());
        await seeded.WithDbAsync(async db =>
        {
            seeded.UnitA = new OrgUnit { Code = "XA-A", Name = "Xã An Hòa", Kind = OrgUnitKind.Commune };
            seeded.UnitB = new OrgUnit { Code = "XA-B", Name = "Xã Bình Sơn", Kind = OrgUnitKind.Commune };
            seeded.Request = new ReportRequest
            {
                Title = "Báo cáo 9 tháng", PeriodLabel = "9 tháng đầu năm 2025", DeadlineUtc = new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc),
                CreatedAtUtc = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            db.AddRange(seeded.UnitA, seeded.UnitB, seeded.Request);
            await db.SaveChangesAsync();
            return 0;
        });
        return seeded;
    }

    public async Task<T> WithDbAsync<T>(Func<TongHopDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TongHopDbContext>());
    }

    /// <summary>Stores a processed submission of <paramref name="unit"/> with its text, an extraction JSON and optional values.</summary>
    public Task<Submission> AddAsync(OrgUnit unit, string text, DateTime processedUtc, string? json = null, params (string Key, decimal Value)[] values) =>
        WithDbAsync(async db =>
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text + Guid.NewGuid())));
            db.Files.Add(new StoredFile { Sha256 = sha, Size = text.Length, StoredAtUtc = processedUtc });
            var version = await db.Submissions.CountAsync(x => x.UnitId == unit.Id && x.RequestId == Request.Id) + 1;
            var s = new Submission
            {
                RequestId = Request.Id, UnitId = unit.Id, Version = version, ReceivedAtUtc = processedUtc.AddMinutes(-1), FileSha256 = sha, FileName = "bao-cao.txt",
                State = ProcessingState.Done, ProcessedAtUtc = processedUtc, RestoredText = text, ExtractionJson = json ?? "{}",
            };
            db.Submissions.Add(s);
            await db.SaveChangesAsync();
            foreach (var (key, value) in values)
            {
                db.Values.Add(new ReportedValue
                {
                    SubmissionId = s.Id, RequestId = s.RequestId, UnitId = s.UnitId, IndicatorKey = key, Kind = ValueKind.Actual, Value = value,
                    MeasureUnit = MeasureUnit.Percent, Evidence = text, SpanStart = 0, SpanEnd = text.Length, Confidence = 0.9,
                });
            }

            await db.SaveChangesAsync();
            return s;
        });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
