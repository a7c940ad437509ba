namespace TongHop.Storage.Entities.Intake;

/// <summary>
/// An e-mail message taken from the intake mailbox. <see cref="MessageKey"/> is unique (its Message-ID, or the SHA-256
/// of the raw message when it has none), so a mailbox read twice never files a message twice. The raw message is kept
/// untouched as an original (<see cref="RawSha256"/>).
/// </summary>
public sealed class IntakeMessage
{
    public int Id { get; set; }

    public required string MessageKey { get; set; }

    public required string From { get; set; }

    public string? Subject { get; set; }

    /// <summary>The message's own date (its Date header), the received time of its files.</summary>
    public DateTime SentAtUtc { get; set; }

    public DateTime FetchedAtUtc { get; set; }

    public required string RawSha256 { get; set; }

    /// <summary>The unit whose contact e-mail is the sender, when one is.</summary>
    public int? SenderUnitId { get; set; }

    public DateTime? ReceiptSentAtUtc { get; set; }

    /// <summary>Why the receipt could not be sent, or why the message was not taken in.</summary>
    public string? Error { get; set; }
}
