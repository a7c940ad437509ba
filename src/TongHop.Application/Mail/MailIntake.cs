using System.Security.Cryptography;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using TongHop.Application.Intake;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities.Intake;
using TongHop.Storage.Files;
using TongHop.Text.Dates;

namespace TongHop.Application.Mail;

/// <summary>
/// E-mail intake: reads the intake mailbox over IMAP (MailKit), takes each message not taken before (its Message-ID,
/// unique in <c>IntakeMessages</c>), keeps the raw message untouched as an original, takes its attachments (or a report
/// pasted in its body) in as one report with its annexes through <see cref="FileIntake"/>, the message's date as the
/// received time, the sender matched to a unit's contact e-mail, and answers the sender with a receipt over SMTP
/// (<see cref="MailSender"/>). A message that cannot be parsed or taken in is recorded with its reason and never stops
/// the poll; taken messages are flagged \Seen in the mailbox.
/// </summary>
public sealed partial class MailIntake(
    TongHopDbContext db, MailSettingsStore settingsStore, OriginalStore originals, FileIntake intake, MailSender sender,
    TimeProvider clock, ILogger<MailIntake> logger)
{
    /// <summary>A body this long (letters) with no document attached is a report pasted in the message.</summary>
    public const int PastedReportMinLength = 400;

    public async Task<MailPollResult> PollAsync(CancellationToken cancellationToken = default)
    {
        var settings = await settingsStore.GetAsync(cancellationToken);
        if (!settings.ImapConfigured)
        {
            return new MailPollResult(0, 0, 0, "Chưa cấu hình hộp thư tiếp nhận (IMAP).");
        }

        using var client = new ImapClient { Timeout = 60_000 };
        await client.ConnectAsync(settings.ImapHost, settings.ImapPort, MailSender.Options(settings.ImapSecurity), cancellationToken);
        await client.AuthenticateAsync(settings.ImapUser, settings.ImapPassword ?? "", cancellationToken);
        var folder = await client.GetFolderAsync(settings.ImapFolder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var uids = await folder.SearchAsync(SearchQuery.All, cancellationToken);
        var summaries = uids.Count == 0 ? [] : await folder.FetchAsync(uids, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, cancellationToken);
        int taken = 0, skipped = 0, failed = 0;
        foreach (var summary in summaries)
        {
            var key = summary.Envelope?.MessageId is { Length: > 0 } id ? "<" + id.Trim('<', '>') + ">" : null;
            if (key is not null && await db.IntakeMessages.AnyAsync(m => m.MessageKey == key, cancellationToken))
            {
                skipped++;
                continue;
            }

            try
            {
                using var raw = new MemoryStream();
                await (await folder.GetStreamAsync(summary.UniqueId, cancellationToken)).CopyToAsync(raw, cancellationToken);
                var outcome = await TakeAsync(raw.ToArray(), key, settings, cancellationToken);
                _ = outcome ? taken++ : skipped++;
                await folder.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, true, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad message never stops the others; it is tried again at the next poll.
                LogMessageFailed(logger, e, key ?? summary.UniqueId.ToString());
                db.ChangeTracker.Clear();
                failed++;
            }
        }

        await client.DisconnectAsync(true, cancellationToken);
        return new MailPollResult(taken, skipped, failed, null);
    }

    /// <summary>Takes one raw message in; false when it had been taken before (by this or another process).</summary>
    internal async Task<bool> TakeAsync(byte[] raw, string? key, MailSettings settings, CancellationToken cancellationToken)
    {
        var rawSha = Convert.ToHexStringLower(SHA256.HashData(raw));
        key ??= "sha256:" + rawSha;
        if (await db.IntakeMessages.AnyAsync(m => m.MessageKey == key, cancellationToken))
        {
            return false;
        }

        var saved = await originals.SaveAsync(new MemoryStream(raw, writable: false), cancellationToken);
        if (!saved.Succeeded)
        {
            throw new InvalidDataException(saved.Error);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        MimeMessage? message = null;
        string? parseError = null;
        try
        {
            message = await MimeMessage.LoadAsync(new MemoryStream(raw, writable: false), cancellationToken);
        }
        catch (FormatException e)
        {
            parseError = "Thư không đúng định dạng: " + e.Message;
        }

        var from = message?.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        var sent = message is null || message.Date == DateTimeOffset.MinValue ? now : message.Date.UtcDateTime;
        var record = new IntakeMessage
        {
            MessageKey = key, From = Cut(from, 320), Subject = message?.Subject is { } s ? Cut(s, 1000) : null,
            SentAtUtc = sent > now.AddMinutes(10) ? now : sent, FetchedAtUtc = now, RawSha256 = saved.Sha256, Error = parseError,
        };
        var files = message is null ? [] : Files(message);
        if (files.Count == 0 && parseError is null)
        {
            record.Error = "Thư không có tệp báo cáo đính kèm và nội dung thư không phải một báo cáo.";
        }

        IReadOnlyList<IntakeOutcome> outcomes;
        try
        {
            var origin = new IntakeOrigin(Storage.Entities.Intake.IntakeChannel.Mail, null, from, record.SentAtUtc) { Together = true };
            outcomes = await intake.TakeAsync(files, origin, record, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique message key: another process took this message between our look-up and our insert.
            if (await TakenElsewhereAsync(key, cancellationToken))
            {
                return false;
            }

            throw;
        }

        var unitId = outcomes.Select(o => o.Item.UnitId).FirstOrDefault(u => u is not null);
        record.SenderUnitId = await db.Units.Where(u => u.ContactEmail != null && u.ContactEmail.ToLower() == from.ToLower()).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (settings.SendReceipts && from.Length > 0 && message is not null && (await sender.GetOptionsAsync(cancellationToken)).Enabled)
        {
            await SendReceiptAsync(record, message, outcomes, unitId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> TakenElsewhereAsync(string key, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.IntakeMessages.AnyAsync(m => m.MessageKey == key, cancellationToken);
    }

    // The attachments (any part with a file name that is not the message text); else the text body when it is a report.
    private static List<IncomingFile> Files(MimeMessage message)
    {
        var files = new List<IncomingFile>();
        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            if (part.Content is null || (part.FileName is null && !part.IsAttachment))
            {
                continue;
            }

            using var content = new MemoryStream();
            part.Content.DecodeTo(content);
            files.Add(new IncomingFile(part.FileName ?? "tep-dinh-kem", content.ToArray()));
        }

        if (files.Count == 0 && message.TextBody is { } body && body.Count(char.IsLetter) >= PastedReportMinLength)
        {
            files.Add(new IncomingFile("noi-dung-thu.txt", Encoding.UTF8.GetBytes(body)));
        }

        return files;
    }

    private async Task SendReceiptAsync(IntakeMessage record, MimeMessage message, IReadOnlyList<IntakeOutcome> outcomes, int? unitId, CancellationToken cancellationToken)
    {
        var unit = unitId is { } id ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var receipt = new MimeMessage { Subject = "Biên nhận: " + (message.Subject ?? "báo cáo") };
        receipt.To.Add(message.From.Mailboxes.First());
        if (message.MessageId is { } inReplyTo)
        {
            receipt.InReplyTo = inReplyTo;
            receipt.References.Add(inReplyTo);
        }

        receipt.Body = new TextPart("plain") { Text = ReceiptText.Write(record, outcomes, unit) };
        try
        {
            await sender.SendAsync(receipt, cancellationToken);
            record.ReceiptSentAtUtc = clock.GetUtcNow().UtcDateTime;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The report is in; only its receipt failed: recorded, shown to the Department, never retried into a second filing.
            LogReceiptFailed(logger, e, record.From);
            record.Error = "Không gửi được biên nhận: " + e.Message;
        }
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail intake: message {Message} could not be taken in")]
    private static partial void LogMessageFailed(ILogger logger, Exception exception, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail intake: the receipt to {Address} could not be sent")]
    private static partial void LogReceiptFailed(ILogger logger, Exception exception, string address);
}

/// <summary>What one poll did: messages taken in, skipped (taken before), failed (tried again next time), or why it did not run.</summary>
public sealed record MailPollResult(int Taken, int Skipped, int Failed, string? NotRun);

/// <summary>The receipt's text (Vietnamese): the message, when it was received, each file with its SHA-256 and what became of it.</summary>
public static class ReceiptText
{
    public static string Write(IntakeMessage record, IReadOnlyList<IntakeOutcome> outcomes, string? unitName)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(outcomes);
        var text = new StringBuilder();
        text.Append("Sở Khoa học và Công nghệ đã nhận thư của quý đơn vị").Append(unitName is null ? "" : $" ({unitName})").Append(".\n\n");
        text.Append("Thời gian nhận: ").Append(VietnameseDates.FormatDateTime(ProvinceTime.ToLocal(record.SentAtUtc))).Append(" (giờ Việt Nam)\n");
        if (record.Subject is { } subject)
        {
            text.Append("Tiêu đề thư: ").Append(subject).Append('\n');
        }

        text.Append('\n');
        if (outcomes.Count == 0)
        {
            text.Append("Thư không có tệp báo cáo đính kèm. Đề nghị quý đơn vị gửi lại báo cáo dưới dạng tệp đính kèm (.pdf, .docx, ảnh scan).\n");
        }

        var n = 0;
        foreach (var o in outcomes)
        {
            text.Append(++n).Append(". ").Append(o.Item.FileName).Append('\n');
            text.Append("   SHA-256: ").Append(o.Item.FileSha256).Append('\n');
            text.Append("   Tình trạng: ").Append(o.Item.State switch
            {
                IntakeState.Filed when o.Item.SubmissionId is { } id => o.Item.Role == IntakeRole.Annex
                    ? $"đã tiếp nhận, là phụ lục của báo cáo số {id}"
                    : $"đã tiếp nhận, báo cáo số {id}",
                IntakeState.Duplicate => "đơn vị đã gửi đúng tệp này trước đây, không tiếp nhận lần hai",
                _ when o.Item.Error is { } error => "chưa tiếp nhận: " + error,
                _ => "đã nhận, đang chờ cán bộ xác nhận đơn vị và yêu cầu báo cáo",
            }).Append('\n');
        }

        text.Append("\nĐây là thư tự động của hệ thống TongHop, vui lòng không trả lời thư này.\n");
        return text.ToString();
    }
}
