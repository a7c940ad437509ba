using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TongHop.Application.Catalog;
using TongHop.Application.Labels;
using TongHop.Application.PageImages;
using TongHop.Application.Requests;
using TongHop.Core.Extraction;
using TongHop.Pipeline;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Processing;

/// <summary>
/// Runs the extraction pipeline (with the database's indicator catalog, against the answered request's outline) on a submission's original and stores the result, its indicator values
/// and findings, and the job's completion in ONE SaveChanges: a crash leaves either nothing or everything,
/// and a re-run after a crash starts clean. An unreadable file is an expected failure (kept, not retried);
/// an exception is retried by the queue with its message kept. The handler of <see cref="JobKinds.Extract"/> jobs.
/// </summary>
public sealed class SubmissionProcessor(
    TongHopDbContext db, JobQueue queue, OriginalStore originals, CatalogPipeline pipelines, PageImageService pageImages, TimeProvider clock, ILogger<SubmissionProcessor> logger)
    : IJobHandler
{
    public Task RunAsync(Job job, CancellationToken cancellationToken) => ProcessAsync(job, cancellationToken);

    public async Task ProcessAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var submissionId = job.SubmissionId ?? throw new InvalidOperationException($"extraction job {job.Id} has no submission");
        var submission = await db.Submissions.Include(s => s.Request).SingleAsync(s => s.Id == submissionId, cancellationToken);
        submission.State = ProcessingState.Processing;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var pipeline = await pipelines.CurrentAsync(db, cancellationToken);
            var path = originals.PathOf(submission.FileSha256);
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var read = pipeline.Reader.Read(bytes, submission.FileName, cancellationToken);
            if (read.Succeeded)
            {
                var result = pipeline.Extract(read.Source with { Path = submission.FileName }, RequestInfo.Of(submission.Request!));
                await ReplaceResultsAsync(submission, result, cancellationToken);
                await pageImages.StoreAsync(submission.FileSha256, path, read, result.Restored, cancellationToken);
            }
            else
            {
                submission.State = ProcessingState.Failed;
                submission.Error = "Không đọc được tệp: " + ReaderMessages.ToVietnamese(read.Error) + ".";
            }

            submission.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
            queue.MarkDone(job);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Extraction of submission {Submission} failed", submission.Id);
            Fail(job, submission, e);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The result could not be written (disk full, database gone): the job must not stay "running" with no
            // error until its lease runs out. Start again from the stored rows and record the failure alone.
            logger.LogWarning(e, "Storing the result of submission {Submission} failed", submission.Id);
            db.ChangeTracker.Clear();
            var stored = await db.Submissions.SingleAsync(s => s.Id == job.SubmissionId, cancellationToken);
            var claimed = await db.Jobs.SingleAsync(j => j.Id == job.Id, cancellationToken);
            Fail(claimed, stored, e);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private void Fail(Job job, Submission submission, Exception e)
    {
        var reason = DbErrors.IsDiskFull(e) ? "máy chủ hết chỗ lưu trữ" : e.Message;
        var retry = queue.MarkFailed(job, e.Message);
        submission.State = retry ? ProcessingState.Queued : ProcessingState.Failed;
        submission.Error = $"Lỗi khi trích xuất (lần {job.Attempts}/{job.MaxAttempts}): {reason}";
    }

    private async Task ReplaceResultsAsync(Submission submission, ExtractionResult result, CancellationToken cancellationToken)
    {
        await db.Values.Where(v => v.SubmissionId == submission.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Findings.Where(f => f.SubmissionId == submission.Id).ExecuteDeleteAsync(cancellationToken);
        ValueRows.Add(db, submission, result);
        submission.State = ProcessingState.Done;
        submission.Error = null;
    }
}
