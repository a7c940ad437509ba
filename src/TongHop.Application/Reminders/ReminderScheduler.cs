using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TongHop.Application.Processing;
using TongHop.Storage;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Reminders;

/// <summary>
/// Puts the reminder rounds of the open requests on the durable job queue (<see cref="ReminderRound.ScheduleOf"/>), one
/// keyed job per request and round, so that any number of processes doing this at once still make one job (the queue's
/// unique key); the workers run them at their time. A round whose time passed more than <see cref="Grace"/> ago is not
/// scheduled any more (a request created late, or a server that was down, does not send stale reminders). A changed deadline
/// makes rounds of new names; the jobs of the old ones find nobody or the same people and the rows keep each unit to once a round.
/// </summary>
public sealed partial class ReminderScheduler(IServiceScopeFactory scopes, ReminderOptions options, TimeProvider clock, ILogger<ReminderScheduler> logger)
    : BackgroundService
{
    /// <summary>How late a round may still be scheduled.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(12);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScheduleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }

            await Task.Delay(options.Poll, clock, stoppingToken);
        }
    }

    /// <summary>Schedules the due rounds of every request whose rounds are not all past; returns how many jobs exist for them.</summary>
    public async Task<int> ScheduleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var now = clock.GetUtcNow().UtcDateTime;
        var last = ReminderRound.LateDays.Max() + 1;
        var requests = await db.Requests.AsNoTracking().Where(r => r.DeadlineUtc > now.AddDays(-last)).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var request in requests)
        {
            foreach (var round in ReminderRound.ScheduleOf(request).Where(r => r.RunAtUtc > now - Grace))
            {
                await queue.ScheduleAsync(JobKinds.Remind, $"{request.Id}:{round.Name}", round.RunAtUtc,
                    new ReminderJobPayload(request.Id, round.Name).ToJson(), cancellationToken);
                count++;
            }
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduling reminders failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
