using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Reporting;
using TongHop.Application.Tests.Support;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Application.Tests.Reporting;

/// <summary>A deadline's day is the province's day (UTC+7), also before 07:00 local time, when UTC is still on the day before.</summary>
public sealed class DeadlineDayTests
{
    [Fact]
    public void LocalDay_OfAnEarlyMorningDeadline_IsTheProvincesDay()
    {
        var deadline = Deadline.FromLocal(new DateTime(2025, 9, 25, 6, 0, 0));
        Assert.Equal(new DateTime(2025, 9, 24, 23, 0, 0), deadline.Utc);
        Assert.Equal(new DateOnly(2025, 9, 25), deadline.LocalDay);
        Assert.Equal(new DateTime(2025, 9, 25, 6, 0, 0), deadline.Local);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_ExpectsAUnitOpenedOnTheDeadlinesLocalDay(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await AppServices.BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var day = new DateOnly(2026, 3, 2);
        var opened = new OrgUnit { Code = "PHUONG-MOI", Name = "Phường mới thành lập", Kind = OrgUnitKind.Ward, OpenedOn = day };
        var later = new OrgUnit { Code = "PHUONG-SAU", Name = "Phường lập sau hạn", Kind = OrgUnitKind.Ward, OpenedOn = day.AddDays(1) };
        var request = new ReportRequest
        {
            Title = "Báo cáo nhanh", PeriodLabel = "Tháng 2 năm 2026", CreatedAtUtc = new DateTime(2026, 2, 20, 1, 0, 0, DateTimeKind.Utc),
            DeadlineUtc = Deadline.FromLocal(day.ToDateTime(new TimeOnly(6, 30))).Utc,
            Recipients = [new RequestRecipient { Unit = opened }, new RequestRecipient { Unit = later }],
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();

        var dashboard = (await scope.ServiceProvider.GetRequiredService<ReportingQueries>().DashboardAsync(request.Id))!;
        Assert.Equal(["PHUONG-MOI"], dashboard.Units.Select(u => u.Unit.Code));
    }
}
