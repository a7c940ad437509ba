using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TongHop.Application.Catalog;
using TongHop.Application.Labels;
using TongHop.Application.PageImages;
using TongHop.Application.Intake;
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
    TongHopDbContext db, JobQueue queue, OriginalStore originals, CatalogPipeline pipelines, PageImageService pageImages, TimeProvider clock, ILogger<SubmissionProcessor> logger,
    ReportLimits limits)
    : IJobHandler
{
    public Task RunAsync(Job job, CancellationToken cancellationToken) => ProcessAsync(job, cancellationToken);

    public async Task ProcessAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var submissionId = job.SubmissionId ?? throw new InvalidOperationException($"extraction job {job.Id} has no submission");
        var submission = await db.Submissions.Include(s => s.Request).Include(s => s.Unit).Include(s => s.Files)
            .SingleAsync(s => s.Id == submissionId, cancellationToken);
        submission.State = ProcessingState.Processing;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var pipeline = await pipelines.CurrentAsync(db, cancellationToken);
            var files = FilesOf(submission);
            await db.Values.Where(v => v.SubmissionId == submission.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Findings.Where(f => f.SubmissionId == submission.Id).ExecuteDeleteAsync(cancellationToken);
            foreach (var file in files)
            {
                var path = originals.PathOf(file.FileSha256);
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
                var read = pipeline.Reader.Read(bytes, file.FileName, cancellationToken);
                var main = file.Role == SubmissionFileRole.Main;
                // Only the main report answers the request's outline; an annex (a table, a list) would miss every section.
                var result = read.Succeeded ? pipeline.Extract(read.Source with { Path = file.FileName }, main ? RequestInfo.Of(submission.Request!) : null) : null;
                var refusal = read.Succeeded ? limits.Refusal(result!, file.FileName) : "Không đọc được tệp: " + ReaderMessages.ToVietnamese(read.Error) + ".";
                if (refusal is not null)
                {
                    file.Error = refusal;
                    if (main)
                    {
                        submission.State = ProcessingState.Failed;
                        submission.Error = file.Error;
                    }
                    else if (file.Id != 0)
                    {
                        // The finding a reviewer reads is Vietnamese (the reader's reason was English, as the CLI prints it).
                        db.Findings.Add(IntakeChecks.Unreadable(submission, file, read.Succeeded ? refusal : ReaderMessages.ToVietnamese(read.Error) + "."));
                    }

                    continue;
                }

                file.Error = null;
                ValueRows.Add(db, submission, file.Id == 0 ? null : file, result!, main);
                if (main)
                {
                    submission.State = ProcessingState.Done;
                    submission.Error = null;
                    await pageImages.StoreAsync(file.FileSha256, path, read, result!.Restored, cancellationToken);
                    if (pageImages.NeedsLayout(file.FileSha256, read))
                    {
                        await QueueLayoutAsync(submission, cancellationToken);
                    }
                }

                if (file.Id != 0)
                {
                    db.Findings.AddRange(IntakeChecks.Of(submission, file, submission.Unit!, submission.Request!, result!));
                }
            }

            await AddDuplicatesAsync(submission, files, cancellationToken);
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

    // A DOCX or text gets its pages from a layout job of its own, committed with this result; one waiting is enough.
    private async Task QueueLayoutAsync(Submission submission, CancellationToken cancellationToken)
    {
        var waiting = await db.Jobs.AnyAsync(
            j => j.SubmissionId == submission.Id && j.Kind == JobKinds.Layout && (j.State == JobState.Queued || j.State == JobState.Running), cancellationToken);
        if (!waiting)
        {
            queue.Enqueue(JobKinds.Layout, submission);
        }
    }

    private void Fail(Job job, Submission submission, Exception e)
    {
        var reason = DbErrors.IsDiskFull(e) ? "máy chủ hết chỗ lưu trữ" : e.Message;
        var retry = queue.MarkFailed(job, e.Message);
        submission.State = retry ? ProcessingState.Queued : ProcessingState.Failed;
        submission.Error = $"Lỗi khi trích xuất (lần {job.Attempts}/{job.MaxAttempts}): {reason}";
    }

    // A submission stored before annexes existed has no file rows: its one file is the main report.
    private static List<SubmissionFile> FilesOf(Submission submission) =>
        submission.Files.Count > 0
            ? [.. submission.Files.OrderBy(f => f.Position)]
            : [new SubmissionFile { SubmissionId = submission.Id, Role = SubmissionFileRole.Main, FileSha256 = submission.FileSha256, FileName = submission.FileName }];

    // The same bytes already sent for this request (any unit, any earlier submission), or twice in this one.
    private async Task AddDuplicatesAsync(Submission submission, List<SubmissionFile> files, CancellationToken cancellationToken)
    {
        var shas = files.Select(f => f.FileSha256).Distinct(StringComparer.Ordinal).ToList();
        var earlier = await db.SubmissionFiles.AsNoTracking()
            .Where(f => shas.Contains(f.FileSha256) && f.SubmissionId != submission.Id && f.Submission!.RequestId == submission.RequestId && f.SubmissionId < submission.Id)
            .Select(f => new { f.FileSha256, f.FileName, f.Submission!.Version, f.Submission.ReceivedAtUtc, Unit = f.Submission.Unit!.Name })
            .ToListAsync(cancellationToken);
        foreach (var file in files.Where(f => f.Id != 0))
        {
            var same = earlier.Where(e => e.FileSha256 == file.FileSha256).Select(e => $"«{e.FileName}» của {e.Unit}, bản {e.Version}")
                .Concat(files.Where(f => f.Position < file.Position && f.FileSha256 == file.FileSha256).Select(f => $"«{f.FileName}» trong cùng lần gửi"))
                .ToList();
            if (same.Count > 0)
            {
                db.Findings.Add(IntakeChecks.DuplicateOf(submission, file, string.Join("; ", same.Distinct())));
            }
        }
    }
}
