using Microsoft.EntityFrameworkCore;
using TongHop.Application.Catalog;
using TongHop.Application.Processing;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;

namespace TongHop.Application.PageImages;

/// <summary>
/// The handler of <see cref="JobKinds.Layout"/> jobs: lays out a processed DOCX or text report's main file as pages
/// (<see cref="PageImageService.LayOutAsync"/>) after its extraction, which queued the job. The original is read again
/// (milliseconds for these formats) and the words are placed on the stored restored text. A failure throws, so the job is
/// retried with back-off like any other and the extraction keeps its result; until the pages exist the review page says
/// they are being made ("đang dựng trang").
/// </summary>
public sealed class LayoutJob(TongHopDbContext db, OriginalStore originals, CatalogPipeline pipelines, PageImageService pages) : IJobHandler
{
    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var id = job.SubmissionId ?? throw new InvalidOperationException($"layout job {job.Id} has no submission");
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Files).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        // Read again or failed since it was queued: the next extraction queues the layout it needs.
        if (submission is not { State: ProcessingState.Done, RestoredText: { } restored })
        {
            return;
        }

        var main = submission.Files.FirstOrDefault(f => f.Role == SubmissionFileRole.Main);
        var (sha256, name) = main is null ? (submission.FileSha256, submission.FileName) : (main.FileSha256, main.FileName);
        var path = originals.PathOf(sha256);
        var pipeline = await pipelines.CurrentAsync(db, cancellationToken);
        var read = pipeline.Reader.Read(await File.ReadAllBytesAsync(path, cancellationToken), name, cancellationToken);
        if (!pages.NeedsLayout(sha256, read))
        {
            return;
        }

        await pages.LayOutAsync(sha256, path, read, restored, cancellationToken);
    }
}
