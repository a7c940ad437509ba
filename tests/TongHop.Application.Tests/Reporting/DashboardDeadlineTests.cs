using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Reporting;
using TongHop.Application.Tests.Support;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;
using TongHop.Synthesis.Reporting;

namespace TongHop.Application.Tests.Reporting;

/// <summary>
/// The dashboard's states follow the clock across the request's deadline and a unit's extension while its data stay
/// cached under one data version (the states are worked out once for each count of passed deadlines).
/// </summary>
public sealed class DashboardDeadlineTests
{
    private static readonly DateTime Deadline = new(2026, 4, 10, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task States_FollowTheClock_AcrossTheDeadlineAndAnExtension_UnderOneDataVersion(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(new DateTimeOffset(Deadline.AddDays(-1)));
        await using var services = await AppServices.BuildAsync(database, s => s.AddSingleton<TimeProvider>(clock));
        int requestId;
        await using (var setup = services.CreateAsyncScope())
        {
            var db = setup.ServiceProvider.GetRequiredService<TongHopDbContext>();
            var extended = new OrgUnit { Code = "XA-GIA-HAN", Name = "Xã được gia hạn", Kind = OrgUnitKind.Commune };
            var plain = new OrgUnit { Code = "XA-DUNG-HAN", Name = "Xã theo hạn chung", Kind = OrgUnitKind.Commune };
            var reported = new OrgUnit { Code = "XA-DA-NOP", Name = "Xã đã nộp sớm", Kind = OrgUnitKind.Commune };
            var request = new ReportRequest
            {
                Title = "Báo cáo quý I", PeriodLabel = "Quý I năm 2026", CreatedAtUtc = Deadline.AddDays(-20), DeadlineUtc = Deadline,
                Recipients =
                [
                    new RequestRecipient { Unit = extended, DeadlineUtc = Deadline.AddDays(2) },
                    new RequestRecipient { Unit = plain },
                    new RequestRecipient { Unit = reported },
                ],
            };
            db.Requests.Add(request);
            db.Files.Add(new StoredFile { Sha256 = new string('c', 64), Size = 9, StoredAtUtc = Deadline.AddDays(-3) });
            db.Submissions.Add(new Submission
            {
                Request = request, Unit = reported, Version = 1, ReceivedAtUtc = Deadline.AddDays(-3), FileSha256 = new string('c', 64), FileName = "bao-cao.txt",
                State = ProcessingState.Done,
            });
            await db.SaveChangesAsync();
            requestId = request.Id;
        }

        async Task<RequestDashboard> DashboardAtAsync(DateTime nowUtc)
        {
            clock.Now = new DateTimeOffset(nowUtc);
            await using var scope = services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<ReportingQueries>().DashboardAsync(requestId))!;
        }

        static string States(RequestDashboard d) => string.Join(", ", d.Units.Select(u => $"{u.Unit.Code}={u.State}"));

        var before = await DashboardAtAsync(Deadline.AddHours(-1));
        Assert.Equal("XA-DA-NOP=OnTime, XA-DUNG-HAN=NotYetDue, XA-GIA-HAN=NotYetDue", States(before));
        Assert.Equal(new ReportingRates(3, 1, 0, 0, 2), before.Rates);
        Assert.Equal(0, before.DeadlinesPassed);

        // At the deadline's minute nothing has passed yet (ReportingStatus.Of: due until the deadline, inclusive).
        var atDeadline = await DashboardAtAsync(Deadline);
        Assert.Equal(States(before), States(atDeadline));
        Assert.Equal(0, atDeadline.DeadlinesPassed);

        var after = await DashboardAtAsync(Deadline.AddMinutes(1));
        Assert.Equal("XA-DA-NOP=OnTime, XA-DUNG-HAN=Missing, XA-GIA-HAN=NotYetDue", States(after));
        Assert.Equal(new ReportingRates(3, 1, 0, 1, 1), after.Rates);
        Assert.Equal(1, after.DeadlinesPassed);
        Assert.Equal(before.DataVersion, after.DataVersion);

        var extensionPassed = await DashboardAtAsync(Deadline.AddDays(2).AddMinutes(1));
        Assert.Equal("XA-DA-NOP=OnTime, XA-DUNG-HAN=Missing, XA-GIA-HAN=Missing", States(extensionPassed));
        Assert.Equal(new ReportingRates(3, 1, 0, 2, 0), extensionPassed.Rates);
        Assert.Equal(2, extensionPassed.DeadlinesPassed);
        Assert.Equal(Deadline.AddDays(2).AddMinutes(1), extensionPassed.NowUtc);
        Assert.Equal(before.DataVersion, extensionPassed.DataVersion);
    }
}
