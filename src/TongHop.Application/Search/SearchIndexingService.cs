using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TongHop.Search.Indexing;
using TongHop.Storage;

namespace TongHop.Application.Search;

/// <summary>
/// Keeps this node's search index in step with the database: every poll it indexes the stored extractions not yet
/// in the index, whichever process (this app's worker, a worker on another machine) stored them. When another
/// process on the same folder writes the index, this one only picks up its commits.
/// </summary>
internal sealed partial class SearchIndexingService(IServiceProvider services, SearchIndex index, SearchOptions options, ILogger<SearchIndexingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unreachable; the next poll starts again from the watermark.
                LogFailed(logger, e);
            }

            await Task.Delay(options.Poll, stoppingToken);
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!index.CanWrite)
        {
            index.Refresh();
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var count = await SearchIndexer.CatchUpAsync(scope.ServiceProvider.GetRequiredService<TongHopDbContext>(), index, cancellationToken);
        if (count > 0)
        {
            LogIndexed(logger, count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: {Count} reports indexed")]
    private static partial void LogIndexed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexing failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
