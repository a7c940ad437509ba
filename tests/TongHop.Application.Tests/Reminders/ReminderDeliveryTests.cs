using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TongHop.Application.Mail;
using TongHop.Application.Processing;
using TongHop.Application.Reminders;
using TongHop.Application.Tests.Support;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Jobs;
using TongHop.Storage.Tests.Support;
using TongHop.Testing;

namespace TongHop.Application.Tests.Reminders;

/// <summary>
/// Reminders go out on the durable job queue, once per unit and round, with two workers (two application instances on one
/// database, each with its scheduler and its worker) taking the jobs; delivered to the real SMTP server of scripts/test and
/// read back from each unit's mailbox over IMAP.
/// </summary>
public sealed class ReminderDeliveryTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var mail = TestMail.Smtp is null ? "no mail server (TONGHOP_TEST_SMTP unset): recorded as not sent" : "real SMTP and IMAP on loopback";
            var data = new TheoryData<string, string>();
            foreach (var provider in TestDatabase.Providers)
            {
                data.Add(provider, mail);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Round_TwoWorkers_EachMissingUnitGetsOneMessage(string provider, string mail)
    {
        Assert.NotNull(mail);
        var tag = Guid.NewGuid().ToString("N")[..8];
        // 09:00 on 10/03/2026 in the province: the "3 days before" round of a deadline on 13/03 (08:00) is due.
        var clock = new MovingClock(ProvinceTime.ToUtc(new DateTime(2026, 3, 10, 9, 0, 0)));
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = TestMail.Smtp is { } smtp
            ? MailOptions.Off with { SmtpHost = smtp.Host, SmtpPort = smtp.Port, FromAddress = "nhac-han@skhcn.test", PublicUrl = "https://baocao.skhcn.test" }
            : MailOptions.Off;
        await using var first = await BuildAsync(database, clock, options);
        await using var second = await BuildAsync(database, clock, options);

        var (request, units) = await SeedAsync(first, tag);
        var hosted = new[] { first, second }.SelectMany(s => s.GetServices<IHostedService>()).Where(h => h is JobWorker or ReminderScheduler).ToList();
        Assert.Equal(4, hosted.Count);
        // Besides the schedulers' keyed job, two stray jobs for the same round: three jobs, two workers, one message a unit.
        await using (var scope = first.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            var round = ReminderRound.ScheduleOf(request)[0];
            queue.Enqueue(JobKinds.Remind, payload: new ReminderJobPayload(request.Id, round.Name).ToJson());
            queue.Enqueue(JobKinds.Remind, payload: new ReminderJobPayload(request.Id, round.Name).ToJson());
            await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().SaveChangesAsync();
        }

        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            await Until(async () => await WithDbAsync(first, db => db.Jobs.CountAsync(j => j.Kind == JobKinds.Remind && j.State == JobState.Done)) == 3);
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }

        var rows = await WithDbAsync(first, db => db.Reminders.AsNoTracking().Where(r => r.RequestId == request.Id).OrderBy(r => r.UnitId).ToListAsync());
        // The unit that reported is left alone; the others have one row each for the round.
        Assert.Equal(
            [(units.Silent.Id, ReminderReasons.BeforeDeadline), (units.NoAddress.Id, ReminderReasons.BeforeDeadline), (units.Returned.Id, ReminderReasons.Missing)],
            rows.Select(r => (r.UnitId, r.Reason)));
        Assert.All(rows, r => Assert.Equal("before:2026-03-10", r.Round));
        Assert.Equal(ReminderDelivery.NoAddress, rows.Single(r => r.UnitId == units.NoAddress.Id).Delivery);
        // Scheduling again, from either instance, adds no job.
        foreach (var services in new[] { first, second })
        {
            await services.GetServices<IHostedService>().OfType<ReminderScheduler>().Single().ScheduleAsync(CancellationToken.None);
        }

        Assert.Equal(1, await WithDbAsync(first, db => db.Jobs.CountAsync(j => j.Kind == JobKinds.Remind && j.Key == $"{request.Id}:before:2026-03-10")));

        var mailed = rows.Where(r => r.Email is not null).ToList();
        if (TestMail.Smtp is null)
        {
            Assert.All(mailed, r => Assert.Equal((ReminderDelivery.Failed, "Chưa cấu hình máy chủ thư."), (r.Delivery, r.Error)));
            return;
        }

        Assert.All(mailed, r => Assert.Equal(ReminderDelivery.Sent, r.Delivery));
        var silent = await MailboxAsync(units.Silent.ContactEmail!, request.Title);
        var returned = await MailboxAsync(units.Returned.ContactEmail!, request.Title);
        var message = Assert.Single(silent);
        Assert.Equal($"Nhắc gửi báo cáo: {request.Title} (hạn 13/03/2026 17:00)", message.Subject);
        Assert.Contains("Hạn gửi báo cáo là 17:00 ngày 13/03/2026", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://baocao.skhcn.test/Submissions/Upload?requestId={request.Id}&unitId={units.Silent.Id}", message.TextBody, StringComparison.Ordinal);
        var correction = Assert.Single(returned);
        Assert.StartsWith("Đề nghị gửi lại báo cáo đã chỉnh sửa", correction.Subject, StringComparison.Ordinal);
        Assert.Contains("Bảng số liệu thiếu cột kế hoạch năm", correction.TextBody, StringComparison.Ordinal);
        // The others' messages have arrived by now; a few seconds more for one that should not come.
        Assert.Empty(await MailboxAsync(units.Reported.ContactEmail!, request.Title, waitSeconds: 5));
    }

    internal static async Task<ServiceProvider> BuildAsync(TestDatabase database, TimeProvider clock, MailOptions mail) =>
        await AppServices.BuildAsync(database, s =>
        {
            s.AddSingleton(clock);
            s.AddSingleton(mail);
            s.AddSingleton(new WorkerOptions(true, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(100)));
            s.AddSingleton(new ReminderOptions(true, TimeSpan.FromMilliseconds(300)));
        });

    internal sealed record Units(OrgUnit Silent, OrgUnit Reported, OrgUnit NoAddress, OrgUnit Returned);

    internal static async Task<(ReportRequest, Units)> SeedAsync(IServiceProvider services, string tag)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        OrgUnit Unit(string code, string name, string? email) =>
            new() { Code = $"{code}-{tag}", Name = name, Kind = OrgUnitKind.Commune, ContactName = "Cán bộ " + code, ContactEmail = email };
        var units = new Units(
            Unit("LT", "Xã Long Thạnh", $"long-thanh-{tag}@donvi.test"), Unit("HB", "Xã Hòa Bình", $"hoa-binh-{tag}@donvi.test"),
            Unit("MT", "Xã Mỹ Tân", null), Unit("TP", "Phường Tân Phú", $"tan-phu-{tag}@donvi.test"));
        var request = new ReportRequest
        {
            Title = "Báo cáo quý I năm 2026 " + tag, PeriodLabel = "Quý I năm 2026", PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 3, 31),
            DeadlineUtc = ProvinceTime.ToUtc(new DateTime(2026, 3, 13, 17, 0, 0)), CreatedAtUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), RemindDaysBefore = 3,
            Recipients = [.. new[] { units.Silent, units.Reported, units.NoAddress, units.Returned }.Select(u => new RequestRecipient { Unit = u })],
        };
        db.Requests.Add(request);
        var sha = new string('a', 56) + tag;
        db.Files.Add(new StoredFile { Sha256 = sha, Size = 1, StoredAtUtc = request.CreatedAtUtc });
        var reported = new Submission { Request = request, Unit = units.Reported, Version = 1, ReceivedAtUtc = request.CreatedAtUtc, FileSha256 = sha, FileName = "a.txt", State = ProcessingState.Done };
        var returned = new Submission { Request = request, Unit = units.Returned, Version = 1, ReceivedAtUtc = request.CreatedAtUtc, FileSha256 = sha, FileName = "b.txt", State = ProcessingState.Done, Review = SubmissionReview.Returned };
        db.Submissions.AddRange(reported, returned);
        await db.SaveChangesAsync();
        db.SubmissionReviewEvents.Add(new SubmissionReviewEvent
        {
            SubmissionId = returned.Id, Action = "return", FromState = SubmissionReview.Received, ToState = SubmissionReview.Returned,
            UserName = "chuyen-vien", AtUtc = request.CreatedAtUtc, Comment = "Bảng số liệu thiếu cột kế hoạch năm",
        });
        await db.SaveChangesAsync();
        return (request, units);
    }

    // The messages in a mailbox whose subject names the request; waits for Postfix to hand them to Dovecot.
    internal static async Task<List<MimeKit.MimeMessage>> MailboxAsync(string address, string title, int waitSeconds = 30)
    {
        var (host, port) = TestMail.Imap ?? throw new InvalidOperationException("TONGHOP_TEST_SMTP is set but TONGHOP_TEST_IMAP is not");
        var deadline = DateTime.UtcNow.AddSeconds(waitSeconds);
        while (true)
        {
            using var imap = new ImapClient();
            await imap.ConnectAsync(host, port, MailKit.Security.SecureSocketOptions.None);
            await imap.AuthenticateAsync(address, TestMail.ImapPassword);
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly);
            var messages = new List<MimeKit.MimeMessage>();
            foreach (var uid in await imap.Inbox.SearchAsync(SearchQuery.All))
            {
                var message = await imap.Inbox.GetMessageAsync(uid);
                if (message.Subject?.Contains(title, StringComparison.Ordinal) == true)
                {
                    messages.Add(message);
                }
            }

            await imap.DisconnectAsync(true);
            // An empty mailbox may still be on its way; give Postfix its time before calling it empty.
            if (messages.Count > 0 || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(500);
        }
    }

    internal static async Task<T> WithDbAsync<T>(IServiceProvider services, Func<TongHopDbContext, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TongHopDbContext>());
    }

    private static async Task Until(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the workers did not run the reminder jobs in time");
            await Task.Delay(100);
        }
    }

    /// <summary>The clock starts at a chosen instant and runs on from there.</summary>
    internal sealed class MovingClock(DateTime startUtc) : TimeProvider
    {
        private readonly DateTimeOffset _start = new(startUtc, TimeSpan.Zero);
        private readonly long _started = System.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => _start + System.GetElapsedTime(_started);
    }
}
