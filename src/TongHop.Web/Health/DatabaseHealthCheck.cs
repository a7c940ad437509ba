using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TongHop.Storage;

namespace TongHop.Web.Health;

/// <summary>
/// Readiness: the database answers a query on a migrated table within a few seconds. A process whose database is
/// down is alive (<c>/healthz/live</c>) but not ready (<c>/healthz</c>, <c>/healthz/ready</c>: 503), so a load
/// balancer sends its users elsewhere instead of to errors.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            await db.DataStamps.AsNoTracking().AnyAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("database unreachable: " + e.GetBaseException().Message);
        }
    }
}
