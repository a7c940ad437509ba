using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TongHop.Application.Mail;

namespace TongHop.Application.Intake;

/// <summary>
/// Looks at the watch folder and, at the admin page's interval, the intake mailbox. A failure (the mail server down, a
/// bad password) is logged and tried again at the next look; it never stops the app.
/// </summary>
internal sealed partial class IntakePollingService(IServiceProvider services, IntakeOptions options, TimeProvider clock, ILogger<IntakePollingService> logger)
    : BackgroundService
{
    private DateTime _lastMailPoll = DateTime.MinValue;

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
        var now = clock.GetUtcNow().UtcDateTime;
        if (settings.IntakeEnabled && settings.ImapConfigured && now - _lastMailPoll >= TimeSpan.FromMinutes(settings.PollMinutes))
        {
            _lastMailPoll = now;
            await scope.ServiceProvider.GetRequiredService<MailIntake>().PollAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake poll failed; trying again at the next look")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
