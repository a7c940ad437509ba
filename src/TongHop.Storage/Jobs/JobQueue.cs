using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Jobs;

/// <summary>
/// The durable job queue in the <c>Jobs</c> table. A worker claims one job with a single atomic UPDATE:
/// on PostgreSQL the candidate row is chosen with <c>FOR UPDATE SKIP LOCKED</c>, so any number of worker
/// processes on any number of machines share the queue without taking the same job twice; SQLite
/// serialises writers itself. A claimed job holds a lease; a job whose lease ran out (its worker died)
/// is claimed again. Failures are retried with back-off up to <see cref="Job.MaxAttempts"/>, the error kept.
/// </summary>
public sealed class JobQueue(TongHopDbContext db, TimeProvider clock)
{
    public const string ExtractKind = "extract";

    /// <summary>Adds a job to the context; it becomes visible with the caller's SaveChanges, in the same
    /// transaction as the submission it belongs to.</summary>
    public Job Enqueue(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = Now;
        var job = new Job { Kind = ExtractKind, Submission = submission, State = JobState.Queued, CreatedAtUtc = now, NotBeforeUtc = now };
        db.Jobs.Add(job);
        return job;
    }

    public async Task<Job?> ClaimNextAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var until = now + lease;
        var skipLocked = db.Provider == DatabaseProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE "Jobs" SET "State" = 'Running', "LockedBy" = {0}, "LockedUntilUtc" = {1}, "Attempts" = "Attempts" + 1
            WHERE "Id" = (
                SELECT "Id" FROM "Jobs"
                WHERE ("State" = 'Queued' AND "NotBeforeUtc" <= {2}) OR ("State" = 'Running' AND "LockedUntilUtc" < {2})
                ORDER BY "Id" LIMIT 1 {{skipLocked}})
            RETURNING "Id" AS "Value"
            """;
        var ids = await db.Database.SqlQueryRaw<long>(sql, workerId, until, now).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 0 ? null : await db.Jobs.AsTracking().SingleAsync(j => j.Id == ids[0], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The heartbeat of a long job: moves the lease of a job this worker still holds to now + <paramref name="lease"/>.
    /// </summary>
    /// <returns>False when the job is no longer this worker's (finished, or taken over after the lease ran out).</returns>
    public async Task<bool> RenewAsync(long jobId, string workerId, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var until = Now + lease;
        var rows = await db.Jobs.Where(j => j.Id == jobId && j.State == JobState.Running && j.LockedBy == workerId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntilUtc, until), cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    public void MarkDone(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.State = JobState.Done;
        job.FinishedAtUtc = Now;
        job.LockedBy = null;
        job.LockedUntilUtc = null;
    }

    /// <summary>Records the error; queues a retry after 5 s, 10 s, 20 s … or gives up after the last attempt.</summary>
    /// <returns>Whether the job will be retried.</returns>
    public bool MarkFailed(Job job, string error)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.LastError = error.Length > 2000 ? error[..2000] : error;
        job.LockedBy = null;
        job.LockedUntilUtc = null;
        if (job.Attempts >= job.MaxAttempts)
        {
            job.State = JobState.Failed;
            job.FinishedAtUtc = Now;
            return false;
        }

        job.State = JobState.Queued;
        job.NotBeforeUtc = Now + TimeSpan.FromSeconds(5 * Math.Pow(2, job.Attempts - 1));
        return true;
    }

    /// <summary>
    /// For a single-process deployment (SQLite) at start-up: every job still marked running was left
    /// by a process that died, so it is queued again at once instead of waiting for its lease.
    /// </summary>
    public Task<int> ReleaseOrphansAsync(CancellationToken cancellationToken = default) =>
        db.Jobs.Where(j => j.State == JobState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Queued).SetProperty(j => j.LockedBy, (string?)null), cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
