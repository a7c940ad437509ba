using System.Diagnostics.CodeAnalysis;

namespace TongHop.Storage.Entities.Intake;

/// <summary>
/// The one set of mail settings (a single row, <see cref="SingletonId"/>), edited in the admin page: the IMAP mailbox
/// that reports are sent to and the SMTP server that TongHop sends from (receipts, reminders).
/// </summary>
public sealed class MailSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string? ImapHost { get; set; }

    public int ImapPort { get; set; } = 993;

    public MailSecurity ImapSecurity { get; set; } = MailSecurity.SslOnConnect;

    public string? ImapUser { get; set; }

    public string? ImapPassword { get; set; }

    public string ImapFolder { get; set; } = "INBOX";

    /// <summary>Whether the mailbox is polled.</summary>
    public bool IntakeEnabled { get; set; }

    /// <summary>How often the mailbox is polled, in minutes.</summary>
    public int PollMinutes { get; set; } = 5;

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public MailSecurity SmtpSecurity { get; set; } = MailSecurity.StartTls;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>The sender address of every message TongHop sends.</summary>
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "TongHop - Sở Khoa học và Công nghệ";

    /// <summary>Whether the sender of a report by e-mail gets a receipt.</summary>
    public bool SendReceipts { get; set; } = true;

    public DateTime? UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    [MemberNotNullWhen(true, nameof(ImapHost), nameof(ImapUser))]
    public bool ImapConfigured => !string.IsNullOrWhiteSpace(ImapHost) && !string.IsNullOrWhiteSpace(ImapUser);

    [MemberNotNullWhen(true, nameof(SmtpHost), nameof(FromAddress))]
    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(SmtpHost) && !string.IsNullOrWhiteSpace(FromAddress);
}

/// <summary>How a mail connection is secured.</summary>
public enum MailSecurity
{
    /// <summary>Plain text (a server on the same machine or network only).</summary>
    None,

    StartTls,

    SslOnConnect,
}
