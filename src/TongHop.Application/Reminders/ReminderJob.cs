using System.Text.Json;
using Microsoft.Extensions.Logging;
using TongHop.Application.Processing;
using TongHop.Storage.Entities;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Reminders;

/// <summary>
/// The handler of <see cref="JobKinds.Remind"/> jobs: runs the round its payload names (<see cref="ReminderJobPayload"/>).
/// The schedule adds one job per request and round (<see cref="JobQueue.ScheduleAsync"/>, keyed), a "Nhắc" button one per
/// press; whichever worker takes the job, each unit's row makes the round go out once.
/// </summary>
public sealed partial class ReminderJob(ReminderService reminders, ILogger<ReminderJob> logger) : IJobHandler
{
    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var payload = ReminderJobPayload.Parse(job.Payload) ?? throw new InvalidOperationException($"reminder job {job.Id} has no valid payload");
        var outcomes = await reminders.RunRoundAsync(payload.RequestId, payload.Round, payload.Units, payload.By, cancellationToken);
        LogRound(logger, payload.RequestId, payload.Round,
            outcomes?.Count(o => o.Reminder?.Delivery == ReminderDelivery.Sent) ?? 0,
            outcomes?.Count(o => o.Reminder is { Delivery: not ReminderDelivery.Sent }) ?? 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders of request {Request}, round {Round}: {Sent} sent, {NotSent} not sent")]
    private static partial void LogRound(ILogger logger, int request, string round, int sent, int notSent);
}

/// <summary>What a reminder job does: the request, the round, the units (null: every unit the round concerns) and who asked.</summary>
public sealed record ReminderJobPayload(int RequestId, string Round, IReadOnlyList<int>? Units = null, string? By = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReminderJobPayload? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReminderJobPayload>(json, Json) is { Round.Length: > 0 } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
