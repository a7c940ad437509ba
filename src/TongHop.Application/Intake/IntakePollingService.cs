using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TongHop.Application.Mail;
using TongHop.Application.Processing;
using TongHop.Storage.Jobs;

namespace TongHop.Application.Intake;

/// <summary>
/// Every <see cref="IntakeOptions.Poll"/>: takes in what lies in this machine's watch folder, and schedules the intake
/// mailbox's poll of the current interval as a <see cref="JobKinds.MailPoll"/> job (once per interval whatever the number
/// of processes; the job worker runs it). A failure is logged and tried again at the next look; it never stops the app.
/// </summary>
internal sealed partial class IntakePollingService(IServiceProvider services, IntakeOptions options, JobSignal signal, TimeProvider clock, ILogger<IntakePollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await LookAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPollFailed(logger, e);
            }

            await Task.Delay(options.Poll, clock, stoppingToken);
        }
    }

    private async Task LookAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        if (options.WatchFolder is not null)
        {
            await scope.ServiceProvider.GetRequiredService<WatchFolderIntake>().PollAsync(cancellationToken);
        }

        var settings = await scope.ServiceProvider.GetRequiredService<MailSettingsStore>().GetAsync(cancellationToken);
        if (await MailPollJob.ScheduleAsync(scope.ServiceProvider.GetRequiredService<JobQueue>(), settings, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            signal.Notify();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake poll failed; trying again at the next look")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
