namespace TongHop.Application.Processing;

/// <summary>Wakes the worker as soon as a job is queued in this process, instead of at the next poll.</summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _semaphore = new(0);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            _semaphore.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
