using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Jobs;

/// <summary>
/// The durable job queue in the <c>Jobs</c> table. A worker claims one job with a single atomic UPDATE:
/// on PostgreSQL the candidate row is chosen with <c>FOR UPDATE SKIP LOCKED</c>, so any number of worker
/// processes on any number of machines share the queue without taking the same job twice; SQLite
/// serialises writers itself. A claimed job holds a lease; a job whose lease ran out (its worker died)
/// is claimed again. Failures are retried with back-off up to <see cref="Job.MaxAttempts"/>, the error kept.
/// Jobs have kinds (the application's handlers); a job may have no submission, and may be scheduled for a time.
/// </summary>
public sealed class JobQueue(TongHopDbContext db, TimeProvider clock)
{
    /// <summary>Adds a job to the context; it becomes visible with the caller's SaveChanges, in the same
    /// transaction as what it belongs to (a submission and its extraction job are committed together).</summary>
    /// <param name="notBeforeUtc">Run no earlier than this; now when null.</param>
    public Job Enqueue(string kind, Submission? submission = null, string? payload = null, DateTime? notBeforeUtc = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var now = Now;
        var job = new Job { Kind = kind, Submission = submission, Payload = payload, State = JobState.Queued, CreatedAtUtc = now, NotBeforeUtc = notBeforeUtc ?? now };
        db.Jobs.Add(job);
        return job;
    }

    /// <summary>
    /// Schedules a job of <paramref name="kind"/> to run at <paramref name="runAtUtc"/>, once per <paramref name="key"/>:
    /// when a job of that kind and key exists (whatever its state), it is returned and nothing is added, so any number
    /// of processes may schedule the same occurrence (a reminder for one request and day). Saves at once.
    /// </summary>
    public async Task<Job> ScheduleAsync(string kind, string key, DateTime runAtUtc, string? payload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (await FindAsync(kind, key, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var job = Enqueue(kind, null, payload, runAtUtc);
        job.Key = key;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return job;
        }
        catch (DbUpdateException)
        {
            // Another process scheduled it between the look-up and the insert: the unique (Kind, Key) index refused ours.
            db.Entry(job).State = EntityState.Detached;
            var scheduled = await FindAsync(kind, key, cancellationToken).ConfigureAwait(false);
            if (scheduled is null)
            {
                throw;
            }

            return scheduled;
        }
    }

    /// <summary>Claims the oldest due job (queued and due, or running with its lease run out), of <paramref name="kinds"/>
    /// only when given (a worker claims only the kinds it has handlers for).</summary>
    public async Task<Job?> ClaimNextAsync(string workerId, TimeSpan lease, IReadOnlyCollection<string>? kinds = null, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var until = now + lease;
        var skipLocked = db.Provider == DatabaseProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
        var parameters = new List<object> { workerId, until, now };
        var ofKinds = "";
        if (kinds is { Count: > 0 })
        {
            ofKinds = $"AND \"Kind\" IN ({string.Join(", ", kinds.Select((_, i) => $"{{{i + 3}}}"))})";
            parameters.AddRange(kinds);
        }

        var sql = $$"""
            UPDATE "Jobs" SET "State" = 'Running', "LockedBy" = {0}, "LockedUntilUtc" = {1}, "Attempts" = "Attempts" + 1
            WHERE "Id" = (
                SELECT "Id" FROM "Jobs"
                WHERE (("State" = 'Queued' AND "NotBeforeUtc" <= {2}) OR ("State" = 'Running' AND "LockedUntilUtc" < {2})) {{ofKinds}}
                ORDER BY "Id" LIMIT 1 {{skipLocked}})
            RETURNING "Id" AS "Value"
            """;
        var ids = await db.Database.SqlQueryRaw<long>(sql, [.. parameters]).ToListAsync(cancellationToken).ConfigureAwait(false);
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

    private Task<Job?> FindAsync(string kind, string key, CancellationToken cancellationToken) =>
        db.Jobs.AsTracking().SingleOrDefaultAsync(j => j.Kind == kind && j.Key == key, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
