namespace TongHop.Storage.Entities;

/// <summary>
/// One reminder to one unit about one request in one round (<see cref="Round"/>: the scheduled day before the
/// deadline, on it, after it, or a person's press of "Nhắc"). At most one row exists per request, unit and round,
/// so a round is never sent twice, whichever process runs it; the row is written before the message is sent and
/// records how the delivery went.
/// </summary>
public sealed class Reminder
{
    public long Id { get; set; }

    public int RequestId { get; set; }

    public int UnitId { get; set; }

    /// <summary>The round, e.g. <c>before:2025-09-22</c>, <c>due:2025-09-25</c>, <c>late:2025-09-28</c>, <c>manual:202509281030</c>.</summary>
    public required string Round { get; set; }

    /// <summary>Why the unit is reminded: <c>before-deadline</c>, <c>due-today</c>, <c>late</c> or <c>missing</c>.</summary>
    public required string Reason { get; set; }

    /// <summary>The address written to; null when the unit has no contact e-mail.</summary>
    public string? Email { get; set; }

    public ReminderDelivery Delivery { get; set; }

    /// <summary>Why the delivery failed, as the mail server or the client said it.</summary>
    public string? Error { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the message was handed to the SMTP server; while <see cref="ReminderDelivery.Sending"/>, when the hand-over began.</summary>
    public DateTime? SentAtUtc { get; set; }

    /// <summary>The user who pressed "Nhắc"; null for the schedule.</summary>
    public string? RequestedBy { get; set; }
}

/// <summary>
/// How a reminder went: written, not yet handed over (pending); being handed to the SMTP server (sending: if the process
/// died there, nobody knows whether the server took it); taken by the server (sent); refused (failed); not sendable (no
/// address); or not sent after all because the unit reported before a crashed round was taken up again (cancelled).
/// Stored by name: a new state needs no migration.
/// </summary>
public enum ReminderDelivery
{
    Pending,
    Sent,
    Failed,
    NoAddress,
    Sending,
    Cancelled,
}
