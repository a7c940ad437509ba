using System.Globalization;
using TongHop.Application.Processing;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Mail;

/// <summary>
/// The <see cref="JobKinds.MailPoll"/> job: reads the intake mailbox once. One job per polling interval
/// (<see cref="ScheduleAsync"/>: keyed by the interval's start), so with several processes on one database the mailbox
/// is read by one worker per interval; a failure (server down, bad password) is retried by the queue with its reason kept.
/// </summary>
public sealed class MailPollJob(MailIntake intake, MailSettingsStore settings) : IJobHandler
{
    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        var config = await settings.GetAsync(cancellationToken);
        if (config.IntakeEnabled && config.ImapConfigured)
        {
            await intake.PollAsync(cancellationToken);
        }
    }

    /// <summary>Schedules the poll of the interval <paramref name="nowUtc"/> falls in, if mail intake is on; a no-op when it exists.</summary>
    /// <returns>Whether mail intake is on.</returns>
    public static async Task<bool> ScheduleAsync(JobQueue queue, MailSettings config, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(config);
        if (!config.IntakeEnabled || !config.ImapConfigured)
        {
            return false;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, config.PollMinutes));
        var start = new DateTime(nowUtc.Ticks - (nowUtc.Ticks % interval.Ticks), DateTimeKind.Utc);
        await queue.ScheduleAsync(JobKinds.MailPoll, start.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture), start, null, cancellationToken);
        return true;
    }
}
