using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Processing;

/// <summary>
/// Takes extraction jobs from the database queue one at a time and runs them. Every process running the
/// web app runs one worker; with PostgreSQL, extra worker processes on other machines share the queue.
/// </summary>
internal sealed class ExtractionWorker(IServiceProvider services, JobSignal signal, WorkerOptions options, ILogger<ExtractionWorker> logger)
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
                logger.LogError(e, "Worker loop failed; retrying");
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
        var job = await scope.ServiceProvider.GetRequiredService<JobQueue>().ClaimNextAsync(_workerId, options.Lease, cancellationToken);
        if (job is null)
        {
            return false;
        }

        logger.LogInformation("Job {Job} (submission {Submission}), attempt {Attempt}", job.Id, job.SubmissionId, job.Attempts);
        // A heartbeat renews the lease while the extraction runs, so a long OCR is not taken over by another worker.
        var processor = scope.ServiceProvider.GetRequiredService<SubmissionProcessor>();
        await JobLease.RunAsync(services.GetRequiredService<IServiceScopeFactory>(), job.Id, _workerId, options.Lease,
            () => processor.ProcessAsync(job, cancellationToken), cancellationToken);
        return true;
    }
}
