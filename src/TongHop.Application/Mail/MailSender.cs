using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace TongHop.Application.Mail;

/// <summary>
/// The one SMTP sender of the application (MailKit): reminders to units, and whatever else TongHop mails. A message is
/// handed to the configured server (<see cref="MailOptions"/>); a refusal or an unreachable server is an exception the
/// caller records.
/// </summary>
public sealed class MailSender(MailOptions options)
{
    public MailOptions Options => options;

    /// <summary>A plain-text message (UTF-8) from the configured sender.</summary>
    public MimeMessage Compose(string toAddress, string? toName, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(toName ?? "", toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    /// <summary>Sends the messages over one connection; the result per message: null when the server took it, else why not.</summary>
    /// <exception cref="InvalidOperationException">Mail is not configured.</exception>
    /// <param name="beforeEach">Asked just before message i is handed over; false skips it (its result stays null: the caller
    /// knows why). The reminders record there that a hand-over began, so that a crash in it is known as one.</param>
    public async Task<IReadOnlyList<string?>> SendAsync(
        IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken = default, Func<int, CancellationToken, Task<bool>>? beforeEach = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (options.SmtpHost is not { } host || !options.Enabled)
        {
            throw new InvalidOperationException("Chưa cấu hình máy chủ thư (TongHop:Mail:SmtpHost).");
        }

        var results = new string?[messages.Count];
        if (messages.Count == 0)
        {
            return results;
        }

        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(host, options.SmtpPort, SecurityOf(options.Security), cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (beforeEach is not null && !await beforeEach(i, cancellationToken))
            {
                continue;
            }

            try
            {
                await client.SendAsync(messages[i], cancellationToken);
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                results[i] = e.Message;
                if (!client.IsConnected)
                {
                    await client.ConnectAsync(host, options.SmtpPort, SecurityOf(options.Security), cancellationToken);
                }
            }
        }

        await client.DisconnectAsync(true, cancellationToken);
        return results;
    }

    private static SecureSocketOptions SecurityOf(string security) => security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" or "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
