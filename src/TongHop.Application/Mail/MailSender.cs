using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Application.Mail;

/// <summary>
/// The one way TongHop sends e-mail (receipts, reminders): MailKit's SMTP client with the admin page's
/// <see cref="MailSettings"/>. Every message goes from <see cref="MailSettings.FromAddress"/>; a failure is an
/// exception with the server's reason, for the caller to record.
/// </summary>
public sealed class MailSender(MailSettingsStore settings)
{
    /// <summary>Sends a plain-text message (UTF-8) to one address.</summary>
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        await SendAsync(message, cancellationToken);
    }

    /// <summary>Sends <paramref name="message"/>, its From set to the configured sender.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var config = await settings.GetAsync(cancellationToken);
        if (!config.SmtpConfigured)
        {
            throw new InvalidOperationException("Chưa cấu hình máy chủ gửi thư (SMTP) trong trang quản trị.");
        }

        message.From.Clear();
        message.From.Add(new MailboxAddress(config.FromName, config.FromAddress));
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(config.SmtpHost, config.SmtpPort, Options(config.SmtpSecurity), cancellationToken);
        if (!string.IsNullOrEmpty(config.SmtpUser))
        {
            await client.AuthenticateAsync(config.SmtpUser, config.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    internal static SecureSocketOptions Options(MailSecurity security) => security switch
    {
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };
}
