using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TongHop.Application.Mail;

/// <summary>
/// How TongHop sends e-mail (<c>TongHop:Mail:*</c>): the SMTP server, the sender, and the address of the web app that
/// links in messages point to (<c>TongHop:PublicUrl</c>). No host: mail is off, and reminders are recorded as not sent.
/// </summary>
/// <param name="SmtpHost">The SMTP server; null when mail is off.</param>
/// <param name="SmtpPort">Its port (25 plain, 587 STARTTLS, 465 TLS).</param>
/// <param name="Security"><c>auto</c> (STARTTLS when offered), <c>none</c>, <c>starttls</c> or <c>tls</c>.</param>
/// <param name="UserName">Login at the server; null for none (a relay on the local network).</param>
/// <param name="Password">Its password.</param>
/// <param name="FromAddress">The sender's address.</param>
/// <param name="FromName">The sender's name as units see it.</param>
/// <param name="PublicUrl">The web app's address for links in messages, e.g. <c>https://baocao.skhcn.example.gov.vn</c>.</param>
public sealed record MailOptions(
    string? SmtpHost, int SmtpPort, string Security, string? UserName, string? Password, string FromAddress, string FromName, string PublicUrl)
{
    public static MailOptions Off { get; } = new(null, 25, "auto", null, null, "tonghop@localhost", "Sở Khoa học và Công nghệ", "http://localhost:5000");

    public bool Enabled => !string.IsNullOrWhiteSpace(SmtpHost);

    /// <summary>Reads <c>TongHop:Mail:SmtpHost</c>, <c>SmtpPort</c>, <c>Security</c>, <c>UserName</c>, <c>Password</c>, <c>From</c>,
    /// <c>FromName</c> and <c>TongHop:PublicUrl</c>; <c>TongHop:Mail:Smtp</c> = <c>host:port</c> is a short form of the first two.</summary>
    public static MailOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var mail = configuration.GetSection("TongHop:Mail");
        var host = mail["SmtpHost"];
        var port = mail.GetValue("SmtpPort", Off.SmtpPort);
        if (mail["Smtp"] is { Length: > 0 } hostPort)
        {
            var colon = hostPort.LastIndexOf(':');
            host = colon > 0 ? hostPort[..colon] : hostPort;
            port = colon > 0 && int.TryParse(hostPort[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : port;
        }

        return new MailOptions(
            string.IsNullOrWhiteSpace(host) ? null : host.Trim(),
            port,
            mail["Security"] ?? Off.Security,
            mail["UserName"],
            mail["Password"],
            mail["From"] ?? Off.FromAddress,
            mail["FromName"] ?? Off.FromName,
            (configuration["TongHop:PublicUrl"] ?? Off.PublicUrl).TrimEnd('/'));
    }
}
