using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Processing;

/// <summary>
/// Takes jobs from the database queue one at a time and runs each with the handler registered for its kind
/// (<see cref="JobHandlers"/>); it claims only the kinds it has handlers for. Every process running the web app runs
/// one worker; with PostgreSQL, extra worker processes on other machines share the queue. A heartbeat renews the
/// job's lease while its handler runs, so a long one (the OCR of a big scan) is not taken over by another worker.
/// A handler that returns without settling its job has done it; one that throws has its job retried (back-off,
/// <see cref="Job.MaxAttempts"/>) with the error kept.
/// </summary>
internal sealed partial class JobWorker(IServiceProvider services, JobSignal signal, WorkerOptions options, JobHandlers handlers, ILogger<JobWorker> logger)
    : BackgroundService
{
    // Names the lease holder in the Jobs table: which machine and process took a job.
    private readonly string _workerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            try
            {
                worked = await RunOneAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unreachable; the job's lease keeps it safe meanwhile.
                LogLoopFailed(logger, e);
                worked = false;
            }

            if (!worked)
            {
                await signal.WaitAsync(options.Poll, stoppingToken);
            }
        }
    }

    private async Task<bool> RunOneAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var job = await queue.ClaimNextAsync(_workerId, options.Lease, handlers.Kinds, cancellationToken);
        if (job is null)
        {
            return false;
        }

        LogJob(logger, job.Id, job.Kind, job.SubmissionId, job.Attempts);
        var handler = handlers.Resolve(scope.ServiceProvider, job.Kind);
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        await JobLease.RunAsync(services.GetRequiredService<IServiceScopeFactory>(), job.Id, _workerId, options.Lease, async () =>
        {
            try
            {
                await handler.RunAsync(job, cancellationToken);
                if (job.State == JobState.Running)
                {
                    queue.MarkDone(job);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogJobFailed(logger, e, job.Id, job.Kind);
                queue.MarkFailed(job, e.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} ({Kind}, submission {Submission}), attempt {Attempt}")]
    private static partial void LogJob(ILogger logger, long job, string kind, int? submission, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} ({Kind}) failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, long job, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Worker loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
