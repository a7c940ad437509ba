using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TongHop.Application.Mail;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;
using TongHop.Storage.Tests.Support;

namespace TongHop.Web.Tests.Intake;

/// <summary>
/// E-mail intake end to end against the real mail system scripts/test starts (Postfix SMTP → Dovecot, read over
/// IMAP): TONGHOP_TEST_SMTP and TONGHOP_TEST_IMAP. A unit's contact mails a report and an annex; one poll files one
/// submission of that unit at the message's time, a receipt comes back to the sender, a second poll files nothing.
/// When the variables are not set (dotnet test alone) the cases say so in their name and start nothing.
/// </summary>
public sealed class MailIntakeTests
{
    private const string NotSet = "no mail servers (TONGHOP_TEST_SMTP and TONGHOP_TEST_IMAP not set; scripts/test sets them)";

    private static string? Smtp => Environment.GetEnvironmentVariable("TONGHOP_TEST_SMTP") is { Length: > 0 } s ? s : null;

    private static string? Imap => Environment.GetEnvironmentVariable("TONGHOP_TEST_IMAP") is { Length: > 0 } s ? s : null;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (Smtp is null || Imap is null)
        {
            data.Add(NotSet);
            return data;
        }

        foreach (var provider in TestDatabase.Providers)
        {
            data.Add(provider);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mail_ReportAndAnnex_BecomeOneSubmission_ReceiptComesBack_SecondPollFilesNothing(string provider)
    {
        if (provider == NotSet)
        {
            Assert.Null(Smtp ?? Imap);
            return;
        }

        await using var host = await IntakeHost.CreateAsync(provider);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (intakeBox, unitBox) = ($"baocao-{tag}@sokhcn.test", $"vanthu-{tag}@xa-do-linh.test");
        var (units, request) = await host.SeedAsync(
            new OrgUnit { Code = "XA-DO-LINH", Name = "Xã Do Linh", Kind = OrgUnitKind.Commune, ContactEmail = unitBox },
            new OrgUnit { Code = "XA-CAM-THUY", Name = "Xã Cam Thủy", Kind = OrgUnitKind.Commune, ContactEmail = $"cam-thuy-{tag}@test" });
        await ConfigureAsync(host, intakeBox);

        var report = Docx("ỦY BAN NHÂN DÂN", "XÃ DO LINH", "Số: 203/BC-UBND", "Do Linh, ngày 24 tháng 9 năm 2025", "BÁO CÁO",
            "Kết quả chuyển đổi số 9 tháng đầu năm 2025", "Toàn xã có 7 trạm thu phát sóng di động (BTS).");
        var annex = "STT;Chỉ tiêu;Kết quả\n1;Số trạm BTS;7\n"u8.ToArray();
        var sentAt = new DateTimeOffset(2025, 9, 24, 16, 42, 0, TimeSpan.FromHours(7));
        var message = new MimeMessage { Subject = "Báo cáo chuyển đổi số 9 tháng - xã Do Linh", Date = sentAt };
        message.From.Add(new MailboxAddress("Văn thư xã Do Linh", unitBox));
        message.To.Add(MailboxAddress.Parse(intakeBox));
        var body = new BodyBuilder { TextBody = "Kính gửi Sở, xã gửi báo cáo và phụ lục kèm theo." };
        body.Attachments.Add("Bao cao 203-BC-UBND.docx", report);
        body.Attachments.Add("Phu luc so lieu.csv", annex);
        message.Body = body.ToMessageBody();
        await SendAsync(message);
        await WaitForMessagesAsync(intakeBox, 1);

        var first = await host.WithAsync(s => s.GetRequiredService<MailIntake>().PollAsync());
        Assert.Equal((1, 0, 0), (first.Taken, first.Skipped, first.Failed));

        var submission = await host.WithDbAsync(db => db.Submissions.Include(s => s.Unit).SingleAsync());
        Assert.Equal(("Xã Do Linh", request.Id, 1), (submission.Unit!.Name, submission.RequestId, submission.Version));
        Assert.Equal(sentAt.UtcDateTime, submission.ReceivedAtUtc);
        Assert.Equal("Bao cao 203-BC-UBND.docx", submission.FileName);
        var items = await host.WithDbAsync(db => db.IntakeItems.OrderBy(i => i.Id).ToListAsync());
        Assert.Equal([(IntakeRole.Report, IntakeState.Filed), (IntakeRole.Annex, IntakeState.Filed)], items.Select(i => (i.Role, i.State)));
        Assert.All(items, i => Assert.Equal(submission.Id, i.SubmissionId));
        Assert.All(items, i => Assert.Equal(IntakeChannel.Mail, i.Channel));
        var taken = await host.WithDbAsync(db => db.IntakeMessages.SingleAsync());
        Assert.NotNull(taken.ReceiptSentAtUtc);
        Assert.Equal(units[0].Id, taken.SenderUnitId);

        var receipt = await WaitForMessagesAsync(unitBox, 1);
        Assert.StartsWith("Biên nhận", receipt[0].Subject, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(report)), receipt[0].TextBody, StringComparison.Ordinal);
        Assert.Contains($"báo cáo số {submission.Id}", receipt[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("24/09/2025 16:42", receipt[0].TextBody, StringComparison.Ordinal);

        var second = await host.WithAsync(s => s.GetRequiredService<MailIntake>().PollAsync());
        Assert.Equal((0, 1, 0), (second.Taken, second.Skipped, second.Failed));
        Assert.Equal(1, await host.WithDbAsync(db => db.Submissions.CountAsync()));
        Assert.Equal(2, await host.WithDbAsync(db => db.IntakeItems.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mail_WithoutReport_OrUnknownSender_NeverFiledNeverCrashes(string provider)
    {
        if (provider == NotSet)
        {
            Assert.Null(Smtp ?? Imap);
            return;
        }

        await using var host = await IntakeHost.CreateAsync(provider);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var intakeBox = $"baocao-{tag}@sokhcn.test";
        await host.SeedAsync(new OrgUnit { Code = "XA-TRIEU-AI", Name = "Xã Triệu Ái", Kind = OrgUnitKind.Commune, ContactEmail = $"trieuai-{tag}@test" });
        await ConfigureAsync(host, intakeBox);

        var empty = new MimeMessage { Subject = "Hỏi về hạn nộp" };
        empty.From.Add(MailboxAddress.Parse($"ai-do-{tag}@test"));
        empty.To.Add(MailboxAddress.Parse(intakeBox));
        empty.Body = new TextPart("plain") { Text = "Xin hỏi hạn nộp báo cáo là ngày nào?" };
        await SendAsync(empty);

        var stranger = new MimeMessage { Subject = "Báo cáo" };
        stranger.From.Add(MailboxAddress.Parse($"nguoi-la-{tag}@test"));
        stranger.To.Add(MailboxAddress.Parse(intakeBox));
        var body = new BodyBuilder { TextBody = "Gửi báo cáo." };
        body.Attachments.Add("bc.txt", IntakeReports.Commune("HÒA NINH", "Hòa Ninh", "3"));
        body.Attachments.Add("hong.pdf", "%PDF-1.4 hỏng"u8.ToArray());
        stranger.Body = body.ToMessageBody();
        await SendAsync(stranger);
        await WaitForMessagesAsync(intakeBox, 2);

        var poll = await host.WithAsync(s => s.GetRequiredService<MailIntake>().PollAsync());
        Assert.Equal((2, 0), (poll.Taken, poll.Failed));
        Assert.Equal(0, await host.WithDbAsync(db => db.Submissions.CountAsync()));
        var messages = await host.WithDbAsync(db => db.IntakeMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.Contains(messages, m => m.Error is { } e && e.Contains("không có tệp báo cáo", StringComparison.Ordinal));
        var waiting = await host.WithDbAsync(db => db.IntakeItems.Where(i => i.State == IntakeState.NeedsReview).ToListAsync());
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, i => Assert.Null(i.SubmissionId));
    }

    [Fact]
    public async Task MailPoll_IsOneJobPerInterval_OnlyWhenMailIntakeIsOn()
    {
        await using var host = await IntakeHost.CreateAsync("sqlite");
        var off = new MailSettings { ImapHost = "mail.test", ImapUser = "baocao@test", IntakeEnabled = false };
        var on = new MailSettings { ImapHost = "mail.test", ImapUser = "baocao@test", IntakeEnabled = true, PollMinutes = 10 };
        var at = new DateTime(2025, 9, 24, 8, 3, 0, DateTimeKind.Utc);
        await host.WithAsync(async s =>
        {
            var queue = s.GetRequiredService<TongHop.Storage.Jobs.JobQueue>();
            Assert.False(await MailPollJob.ScheduleAsync(queue, off, at, default));
            Assert.True(await MailPollJob.ScheduleAsync(queue, on, at, default));
            Assert.True(await MailPollJob.ScheduleAsync(queue, on, at.AddMinutes(6), default)); // the same interval: nothing new
            Assert.True(await MailPollJob.ScheduleAsync(queue, on, at.AddMinutes(8), default)); // the next one
            return 0;
        });
        var jobs = await host.WithDbAsync(db => db.Jobs.OrderBy(j => j.Id).ToListAsync());
        Assert.Equal(["mail-poll", "mail-poll"], jobs.Select(j => j.Kind));
        Assert.Equal([at.AddMinutes(-3), at.AddMinutes(7)], jobs.Select(j => j.NotBeforeUtc));
    }

    private static async Task ConfigureAsync(IntakeHost host, string intakeBox)
    {
        var (imapHost, imapPort) = Split(Imap!);
        var (smtpHost, smtpPort) = Split(Smtp!);
        await host.WithAsync(async s =>
        {
            await s.GetRequiredService<MailSettingsStore>().SaveAsync(new MailSettings
            {
                ImapHost = imapHost, ImapPort = imapPort, ImapSecurity = MailSecurity.None, ImapUser = intakeBox, ImapPassword = "test",
                SmtpHost = smtpHost, SmtpPort = smtpPort, SmtpSecurity = MailSecurity.None, FromAddress = "tonghop@sokhcn.test", SendReceipts = true,
            }, "test");
            return 0;
        });
    }

    private static async Task SendAsync(MimeMessage message)
    {
        var (host, port) = Split(Smtp!);
        using var client = new SmtpClient();
        await client.ConnectAsync(host, port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    // Postfix hands messages to Dovecot asynchronously: wait (up to a minute on a loaded machine) until they are in.
    private static async Task<List<MimeMessage>> WaitForMessagesAsync(string mailbox, int count)
    {
        var (host, port) = Split(Imap!);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new ImapClient();
                await client.ConnectAsync(host, port, SecureSocketOptions.None);
                await client.AuthenticateAsync(mailbox, "test");
                await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
                var uids = await client.Inbox.SearchAsync(SearchQuery.All);
                if (uids.Count >= count)
                {
                    var messages = new List<MimeMessage>();
                    foreach (var uid in uids)
                    {
                        messages.Add(await client.Inbox.GetMessageAsync(uid));
                    }

                    return messages;
                }
            }
            catch (ImapCommandException) when (attempt < 120)
            {
                // The mailbox is created on first delivery.
            }

            Assert.True(attempt < 120, $"{count} message(s) did not reach {mailbox} within a minute");
            await Task.Delay(500);
        }
    }

    private static (string Host, int Port) Split(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        return (endpoint[..colon], int.Parse(endpoint[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
        }

        return memory.ToArray();
    }
}
