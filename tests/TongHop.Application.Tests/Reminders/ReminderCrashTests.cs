using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Mail;
using TongHop.Application.Reminders;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;
using TongHop.Testing;
using static TongHop.Application.Tests.Reminders.ReminderDeliveryTests;

namespace TongHop.Application.Tests.Reminders;

/// <summary>
/// A round that a crash cut short is resolved when it runs again (the job queue hands the job to a worker once the dead
/// one's lease runs out): a row left pending (never handed over) is sent once; a row left sending (the crash came during
/// the hand-over) is sent again under the same Message-ID and says so; a unit that reported meanwhile is not reminded; a
/// hand-over still under way in another process is left to it. Delivered to the real SMTP server of scripts/test.
/// </summary>
public sealed class ReminderCrashTests
{
    [Theory]
    [MemberData(nameof(ReminderDeliveryTests.Cases), MemberType = typeof(ReminderDeliveryTests))]
    public async Task RoundCutShortByACrash_IsFinishedWithoutSendingTwiceWhatWasNotHandedOver(string provider, string mail)
    {
        Assert.NotNull(mail);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var clock = new MovingClock(ProvinceTime.ToUtc(new DateTime(2026, 3, 10, 9, 0, 0)));
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = TestMail.Smtp is { } smtp
            ? MailOptions.Off with { SmtpHost = smtp.Host, SmtpPort = smtp.Port, FromAddress = "nhac-han@skhcn.test", PublicUrl = "https://baocao.skhcn.test" }
            : MailOptions.Off;
        await using var services = await BuildAsync(database, clock, options);
        var (request, units) = await SeedAsync(services, tag);
        var round = ReminderRound.ScheduleOf(request)[0].Name;
        var now = clock.GetUtcNow().UtcDateTime;

        // What the crashed run left: Xã Long Thạnh's row written but its message never handed over; Phường Tân Phú's message
        // in the middle of its hand-over five minutes ago; Xã Hòa Bình's row written, and the unit has reported since.
        await WithDbAsync(services, async db =>
        {
            db.Reminders.AddRange(
                Row(request, units.Silent, round, ReminderDelivery.Pending, null, now.AddMinutes(-6)),
                Row(request, units.Returned, round, ReminderDelivery.Sending, now.AddMinutes(-5), now.AddMinutes(-6)),
                Row(request, units.Reported, round, ReminderDelivery.Pending, null, now.AddMinutes(-6)));
            return await db.SaveChangesAsync();
        });

        await RunRoundAsync(services, request.Id, round);
        var rows = await WithDbAsync(services, db => db.Reminders.AsNoTracking().Where(r => r.RequestId == request.Id).ToDictionaryAsync(r => r.UnitId));
        Assert.Equal(4, rows.Count);
        Assert.Equal(ReminderDelivery.Cancelled, rows[units.Reported.Id].Delivery);
        Assert.Equal(ReminderDelivery.NoAddress, rows[units.NoAddress.Id].Delivery);
        if (TestMail.Smtp is null)
        {
            // No server: both are recorded as failed, none left pending or sending.
            Assert.All([rows[units.Silent.Id], rows[units.Returned.Id]], r => Assert.Equal(ReminderDelivery.Failed, r.Delivery));
            return;
        }

        Assert.Equal((ReminderDelivery.Sent, null), (rows[units.Silent.Id].Delivery, rows[units.Silent.Id].Error));
        Assert.Equal((ReminderDelivery.Sent, ReminderService.ResentNote), (rows[units.Returned.Id].Delivery, rows[units.Returned.Id].Error));
        var silent = Assert.Single(await MailboxAsync(units.Silent.ContactEmail!, request.Title));
        Assert.Equal(ReminderService.MessageIdOf(rows[units.Silent.Id]), silent.MessageId);
        var returned = Assert.Single(await MailboxAsync(units.Returned.ContactEmail!, request.Title));
        Assert.Equal(ReminderService.MessageIdOf(rows[units.Returned.Id]), returned.MessageId);

        // Run again: nothing is left to finish. Then a hand-over under way in another process (begun a moment ago) is left to it.
        await RunRoundAsync(services, request.Id, round);
        await WithDbAsync(services, db => db.Reminders.Where(r => r.Id == rows[units.Silent.Id].Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Delivery, ReminderDelivery.Sending).SetProperty(r => r.SentAtUtc, now.AddSeconds(-20))));
        await RunRoundAsync(services, request.Id, round);
        Assert.Equal(ReminderDelivery.Sending, await WithDbAsync(services, db => db.Reminders.Where(r => r.Id == rows[units.Silent.Id].Id).Select(r => r.Delivery).SingleAsync()));
        Assert.Single(await MailboxAsync(units.Silent.ContactEmail!, request.Title, waitSeconds: 5));
        Assert.Single(await MailboxAsync(units.Returned.ContactEmail!, request.Title, waitSeconds: 1));
        Assert.Empty(await MailboxAsync(units.Reported.ContactEmail!, request.Title, waitSeconds: 1));
    }

    private static Reminder Row(ReportRequest request, OrgUnit unit, string round, ReminderDelivery delivery, DateTime? handedOverAt, DateTime createdAt) => new()
    {
        RequestId = request.Id, UnitId = unit.Id, Round = round, Reason = ReminderReasons.BeforeDeadline, Email = unit.ContactEmail,
        Delivery = delivery, SentAtUtc = handedOverAt, CreatedAtUtc = createdAt,
    };

    private static async Task RunRoundAsync(IServiceProvider services, int requestId, string round)
    {
        await using var scope = services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<ReminderService>().RunRoundAsync(requestId, round, null, null));
    }
}
