namespace TongHop.Storage.Entities;

/// <summary>
/// A durable unit of background work stored in the database, so that it survives a crash: a running
/// job holds a lease (<see cref="LockedUntilUtc"/>); when its worker dies the lease runs out and another
/// worker takes it over.
/// </summary>
public sealed class Job
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public int SubmissionId { get; set; }

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
