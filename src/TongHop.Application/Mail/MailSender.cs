using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Application.Mail;

/// <summary>
/// The one SMTP sender of the application (MailKit): receipts for reports by e-mail, reminders to units, account links.
/// The server and sender come from the admin page's <see cref="MailSettings"/> row when its SMTP part is filled in,
/// otherwise from the configuration (<see cref="MailOptions"/>, <c>TongHop:Mail:*</c>), which is also where the
/// address of the web app for links comes from (<see cref="MailOptions.PublicUrl"/>).
/// </summary>
public sealed class MailSender(MailSettingsStore settings, MailOptions defaults)
{
    /// <summary>The web app's address for links in messages (<c>TongHop:PublicUrl</c>), without a trailing slash.</summary>
    public string PublicUrl => defaults.PublicUrl;

    /// <summary>The settings in force: the admin page's SMTP server when one is saved, else the configured one.</summary>
    public async Task<MailOptions> GetOptionsAsync(CancellationToken cancellationToken = default)
    {
        var row = await settings.GetAsync(cancellationToken);
        if (!row.SmtpConfigured)
        {
            return defaults;
        }

        return defaults with
        {
            SmtpHost = row.SmtpHost.Trim(),
            SmtpPort = row.SmtpPort,
            Security = row.SmtpSecurity switch
            {
                MailSecurity.None => "none",
                MailSecurity.StartTls => "starttls",
                _ => "tls",
            },
            UserName = row.SmtpUser,
            Password = row.SmtpPassword,
            FromAddress = row.FromAddress,
            FromName = row.FromName,
        };
    }

    /// <summary>A plain-text message (UTF-8); its sender is set when it is sent.</summary>
    public MimeMessage Compose(string toAddress, string? toName, string subject, string body)
    {
        var message = new MimeMessage();
        message.To.Add(new MailboxAddress(toName ?? "", toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    /// <summary>Sends a plain-text message to one address; a failure is an exception with the server's reason.</summary>
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        await SendAsync(message, cancellationToken);
    }

    /// <summary>Sends <paramref name="message"/>; a failure is an exception with the server's reason.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var results = await SendAsync([message], cancellationToken);
        if (results[0] is { } error)
        {
            throw new InvalidOperationException(error);
        }
    }

    /// <summary>Sends the messages over one connection, each from the sender in force; the result per message: null
    /// when the server took it, else why not.</summary>
    /// <exception cref="InvalidOperationException">Mail is not configured.</exception>
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var options = await GetOptionsAsync(cancellationToken);
        if (options.SmtpHost is not { } host || !options.Enabled)
        {
            throw new InvalidOperationException("Chưa cấu hình máy chủ gửi thư (SMTP): trang quản trị Thư điện tử hoặc TongHop:Mail:SmtpHost.");
        }

        var results = new string?[messages.Count];
        if (messages.Count == 0)
        {
            return results;
        }

        using var client = new SmtpClient { Timeout = 30_000 };
        await ConnectAsync(client, host, options, cancellationToken);
        for (var i = 0; i < messages.Count; i++)
        {
            messages[i].From.Clear();
            messages[i].From.Add(new MailboxAddress(options.FromName, options.FromAddress));
            try
            {
                await client.SendAsync(messages[i], cancellationToken);
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                results[i] = e.Message;
                if (!client.IsConnected)
                {
                    await ConnectAsync(client, host, options, cancellationToken);
                }
            }
        }

        await client.DisconnectAsync(true, cancellationToken);
        return results;
    }

    private static async Task ConnectAsync(SmtpClient client, string host, MailOptions options, CancellationToken cancellationToken)
    {
        await client.ConnectAsync(host, options.SmtpPort, SecurityOf(options.Security), cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }
    }

    /// <summary>MailKit's socket options for a security setting of the admin page (also used for IMAP).</summary>
    internal static SecureSocketOptions Options(MailSecurity security) => security switch
    {
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    private static SecureSocketOptions SecurityOf(string security) => security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" or "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
