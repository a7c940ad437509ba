using Microsoft.EntityFrameworkCore;

namespace TongHop.Storage.Submissions;

/// <summary>
/// Allocates the next <see cref="Entities.Submission.Version"/> of a (request, unit) pair so that two uploads at the
/// same moment can never take the same number. The allocation and the caller's inserts run in ONE transaction that
/// holds the pair's lock: on PostgreSQL a transaction-scoped advisory lock on (request, unit), on SQLite the database
/// write lock (<c>BEGIN IMMEDIATE</c>, which Microsoft.Data.Sqlite issues for every transaction it starts). Should a
/// unique index still refuse the insert (another writer that does not take the lock, or two uploads of the same bytes
/// inserting one <see cref="Entities.StoredFile"/>), the whole step is rolled back and run again with fresh numbers.
/// </summary>
public static class SubmissionVersions
{
    /// <summary>How often a refused insert is tried again before the error reaches the caller.</summary>
    public const int MaxAttempts = 20;

    /// <summary>
    /// Runs <paramref name="insert"/> with the next version of the pair inside the pair's lock; <paramref name="insert"/>
    /// adds its rows and calls SaveChanges. Commits and returns its result.
    /// </summary>
    public static async Task<T> InsertNextAsync<T>(
        TongHopDbContext db, int requestId, int unitId, Func<int, Task<T>> insert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(insert);
        if (db.Database.CurrentTransaction is not null)
        {
            // The caller's transaction (intake that files and records its item together): the lock is taken inside it
            // and held until the caller commits; a refused insert reaches the caller, whose transaction is spoilt anyway.
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({requestId}, {unitId})", cancellationToken).ConfigureAwait(false);
            }

            var next = 1 + (await db.Submissions.Where(s => s.RequestId == requestId && s.UnitId == unitId)
                .MaxAsync(s => (int?)s.Version, cancellationToken).ConfigureAwait(false) ?? 0);
            return await insert(next).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (db.Provider == DatabaseProvider.Postgres)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({requestId}, {unitId})", cancellationToken).ConfigureAwait(false);
                }

                var version = 1 + (await db.Submissions.Where(s => s.RequestId == requestId && s.UnitId == unitId)
                    .MaxAsync(s => (int?)s.Version, cancellationToken).ConfigureAwait(false) ?? 0);
                var result = await insert(version).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) && attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 10 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
