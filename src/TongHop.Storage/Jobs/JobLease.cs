using Microsoft.Extensions.DependencyInjection;

namespace TongHop.Storage.Jobs;

/// <summary>
/// Keeps a claimed job's lease alive while its (possibly long: OCR of a big scan) work runs: every
/// <c>lease / 3</c> the lease is renewed in a scope of its own (a DbContext is not shared between threads).
/// When the process dies the renewals stop, the lease runs out and another worker takes the job over.
/// </summary>
public static class JobLease
{
    /// <summary>Runs <paramref name="work"/> while renewing the job's lease; the renewals stop when it ends.</summary>
    public static async Task RunAsync(IServiceScopeFactory scopes, long jobId, string workerId, TimeSpan lease, Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = KeepAsync(scopes, jobId, workerId, lease, lease / 3, stop.Token);
        try
        {
            await work().ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    /// <summary>Renews the lease every <paramref name="interval"/> until cancelled or the job is no longer held.</summary>
    public static async Task KeepAsync(IServiceScopeFactory scopes, long jobId, string workerId, TimeSpan lease, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<JobQueue>().RenewAsync(jobId, workerId, lease, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The work ended: no more renewals.
        }
    }
}
