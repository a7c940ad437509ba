using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Application.Mail;

/// <summary>The one <see cref="MailSettings"/> row: read (defaults when never saved) and saved from the admin page.</summary>
public sealed class MailSettingsStore(TongHopDbContext db, TimeProvider clock)
{
    public async Task<MailSettings> GetAsync(CancellationToken cancellationToken = default) =>
        await db.MailSettings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == MailSettings.SingletonId, cancellationToken) ?? new MailSettings();

    /// <summary>Saves <paramref name="settings"/>; a password left empty keeps the stored one (the page never shows it).</summary>
    public async Task SaveAsync(MailSettings settings, string? by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var row = await db.MailSettings.AsTracking().SingleOrDefaultAsync(m => m.Id == MailSettings.SingletonId, cancellationToken);
        if (row is null)
        {
            row = new MailSettings();
            db.MailSettings.Add(row);
        }

        row.ImapHost = Trim(settings.ImapHost);
        row.ImapPort = settings.ImapPort;
        row.ImapSecurity = settings.ImapSecurity;
        row.ImapUser = Trim(settings.ImapUser);
        row.ImapPassword = string.IsNullOrEmpty(settings.ImapPassword) ? row.ImapPassword : settings.ImapPassword;
        row.ImapFolder = Trim(settings.ImapFolder) ?? "INBOX";
        row.IntakeEnabled = settings.IntakeEnabled;
        row.PollMinutes = Math.Clamp(settings.PollMinutes, 1, 1440);
        row.SmtpHost = Trim(settings.SmtpHost);
        row.SmtpPort = settings.SmtpPort;
        row.SmtpSecurity = settings.SmtpSecurity;
        row.SmtpUser = Trim(settings.SmtpUser);
        row.SmtpPassword = string.IsNullOrEmpty(settings.SmtpPassword) ? row.SmtpPassword : settings.SmtpPassword;
        row.FromAddress = Trim(settings.FromAddress);
        row.FromName = Trim(settings.FromName) ?? new MailSettings().FromName;
        row.SendReceipts = settings.SendReceipts;
        row.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = by;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
