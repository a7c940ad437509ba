namespace TongHop.Storage.Entities;

/// <summary>
/// A durable unit of background work stored in the database, so that it survives a crash: a running
/// job holds a lease (<see cref="LockedUntilUtc"/>); when its worker dies the lease runs out and another
/// worker takes it over. Its <see cref="Kind"/> names the handler that runs it (the application registers one
/// handler per kind); it runs no earlier than <see cref="NotBeforeUtc"/>, so a job can be scheduled for a time.
/// </summary>
public sealed class Job
{
    public long Id { get; set; }

    /// <summary>What the job does, e.g. <c>extract</c>: the worker runs it with the handler registered for this kind.</summary>
    public required string Kind { get; set; }

    /// <summary>
    /// At most one job of a kind has a given key (<see cref="Jobs.JobQueue.ScheduleAsync"/>): scheduling an occurrence
    /// twice (a reminder for one request and day) makes one job. Null for jobs without one.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>What the handler needs besides the submission, in the form its kind defines; null for none.</summary>
    public string? Payload { get; set; }

    /// <summary>The submission the job works on, for kinds that have one (extraction); null for the others.</summary>
    public int? SubmissionId { get; set; }

    public Submission? Submission { get; set; }

    public JobState State { get; set; }

    public int Attempts { get; set; }

    public int MaxAttempts { get; set; } = 3;

    public string? LastError { get; set; }

    public string? LockedBy { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public DateTime NotBeforeUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }
}
