using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Search.Indexing;

/// <summary>
/// Keeps the index in step with the database: every submission whose extraction is stored (state Done, restored
/// text present) and not yet indexed in its current revision gets indexed, oldest processed first, committed per
/// batch with the watermark. Submissions are read from <see cref="Margin"/> before the watermark and skipped when
/// their revision is already in, so rows committed late by another worker (or another machine's clock) are not
/// missed. Works on SQLite and PostgreSQL alike; no schema of its own.
/// </summary>
public static class SearchIndexer
{
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(10);
    private const int BatchSize = 200;

    /// <summary>Indexes what is missing; returns how many reports were (re)indexed.</summary>
    public static async Task<int> CatchUpAsync(TongHopDbContext db, SearchIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var watermark = index.Watermark;
        var stored = Stored(db);
        if (watermark != DateTime.MinValue)
        {
            var since = DateTime.SpecifyKind(watermark - Margin, DateTimeKind.Utc);
            stored = stored.Where(s => s.ProcessedAtUtc >= since);
        }

        var candidates = await stored
            .Select(s => new { s.Id, Processed = s.ProcessedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        var indexed = index.Indexed(candidates.Select(c => SearchDocument.RevisionOf(c.Id, c.Processed)));
        var missing = candidates.Where(c => !indexed.Contains(SearchDocument.RevisionOf(c.Id, c.Processed)))
            .OrderBy(c => c.Processed).ThenBy(c => c.Id).ToList();
        var newest = candidates.Count == 0 ? watermark : new[] { watermark, candidates.Max(c => c.Processed) }.Max();
        if (missing.Count == 0)
        {
            return 0;
        }

        var names = await ReportNames.LoadAsync(db, cancellationToken);
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var ids = batch.Select(c => c.Id).ToList();
            var rows = await Stored(db).Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
            index.Put(rows.Select(names.Document));
            index.Commit(batch[^1].Processed > watermark ? batch[^1].Processed : watermark);
        }

        index.Commit(newest);
        return missing.Count;
    }

    /// <summary>Empties the index and indexes every stored report again: <c>tonghop search --reindex</c>.</summary>
    public static async Task<int> RebuildAsync(TongHopDbContext db, SearchIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        index.Clear();
        return await CatchUpAsync(db, index, cancellationToken);
    }

    private static IQueryable<Submission> Stored(TongHopDbContext db) =>
        db.Submissions.AsNoTracking().Where(s => s.State == ProcessingState.Done && s.ProcessedAtUtc != null && s.RestoredText != null);
}
