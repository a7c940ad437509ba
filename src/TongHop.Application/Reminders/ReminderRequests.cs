using TongHop.Application.Processing;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Reminders;

/// <summary>A person's "Nhắc": a reminder job for one unit or every unit not reported, queued to run now.</summary>
public sealed class ReminderRequests(JobQueue queue, JobSignal signal, TimeProvider clock)
{
    /// <param name="unitId">The unit to remind; null for every unit the request is still waiting for.</param>
    public async Task QueueAsync(int requestId, int? unitId, string? userName, CancellationToken cancellationToken = default)
    {
        var round = ReminderRound.Manual(clock.GetUtcNow().UtcDateTime);
        var key = $"{requestId}:{round.Name}:{unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all"}";
        await queue.ScheduleAsync(JobKinds.Remind, key, round.RunAtUtc,
            new ReminderJobPayload(requestId, round.Name, unitId is { } u ? [u] : null, userName).ToJson(), cancellationToken);
        signal.Notify();
    }
}
