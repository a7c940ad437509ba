using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Storage.Tests;

public sealed class ModelTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Values_RoundTripDecimalsEnumsAndUtcTimes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        long id;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            var submission = await Seed.SubmissionAsync(db);
            var value = NewValue(submission, 7630404000m);
            value.Review = ReviewState.Corrected;
            value.CorrectedValue = 85.3m;
            db.Values.Add(value);
            await db.SaveChangesAsync();
            id = value.Id;
        }

        await using var read = services.CreateAsyncScope();
        var stored = await read.ServiceProvider.GetRequiredService<TongHopDbContext>().Values.SingleAsync(v => v.Id == id);
        Assert.Equal(7630404000m, stored.Value);
        Assert.Equal(85.3m, stored.EffectiveValue);
        Assert.Equal(Qualifier.Approximately, stored.Qualifier);
        var submissionRead = await read.ServiceProvider.GetRequiredService<TongHopDbContext>().Submissions.SingleAsync();
        Assert.Equal(DateTimeKind.Utc, submissionRead.ReceivedAtUtc.Kind);
        Assert.Equal(new DateTime(2025, 9, 20, 3, 30, 0, DateTimeKind.Utc), submissionRead.ReceivedAtUtc);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submissions_SameUnitRequestVersion_IsRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        await Seed.SubmissionAsync(db);
        await Assert.ThrowsAsync<DbUpdateException>(() => Seed.SubmissionAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewedValue_CannotBeDeletedUnderItsAuditTrail(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var value = NewValue(await Seed.SubmissionAsync(db), 12);
        db.Values.Add(value);
        await db.SaveChangesAsync();
        db.ReviewEvents.Add(new ReviewEvent { ValueId = value.Id, FromState = ReviewState.Auto, ToState = ReviewState.Confirmed, UserName = "reviewer", AtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Values.Where(v => v.Id == value.Id).ExecuteDeleteAsync());
    }

    [Fact]
    public void EffectiveValue_FollowsReview()
    {
        var value = new ReportedValue { IndicatorKey = "k", MeasureUnit = MeasureUnit.Count, Value = 5 };
        Assert.Equal(5m, value.EffectiveValue);
        value.Review = ReviewState.Rejected;
        Assert.Null(value.EffectiveValue);
    }

    private static ReportedValue NewValue(Submission submission, decimal value) => new()
    {
        SubmissionId = submission.Id,
        RequestId = submission.RequestId,
        UnitId = submission.UnitId,
        IndicatorKey = "public_investment_vnd",
        MeasureUnit = MeasureUnit.Vnd,
        Value = value,
        Qualifier = Qualifier.Approximately,
        Evidence = "khoảng 7.630.404.000 đồng",
        SpanStart = 10,
        SpanEnd = 35,
        Confidence = 0.9,
    };
}
