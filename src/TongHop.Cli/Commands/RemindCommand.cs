using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Reminders;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Cli.Commands;

/// <summary>
/// <c>tonghop remind --request ID [--dry-run] [--data DIR | --postgres CONN]</c>: reminds the units a request is still
/// waiting for, by e-mail, now (a round of its own), and prints one tab-separated line per unit reminded (or, with
/// <c>--dry-run</c>, that would be): unit code, e-mail, reason (<c>before-deadline|due-today|late|missing</c>). The SMTP
/// server comes from the environment, as for the web app: <c>TongHop__Mail__SmtpHost</c>, <c>TongHop__Mail__SmtpPort</c>,
/// <c>TongHop__Mail__From</c>, <c>TongHop__PublicUrl</c>. Units not reached are named on stderr (exit 1 when a delivery failed).
/// </summary>
internal static class RemindCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var request = new Option<int>("--request") { Description = "Id of the report request.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list the units that would be reminded; send nothing." };
        var data = new Option<string>("--data") { Description = "Data folder (SQLite database), as for serve.", DefaultValueFactory = _ => "data" };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string instead of SQLite." };
        var command = new Command("remind", "E-mail the units that have not sent a request's report (one line a unit: code, e-mail, reason).") { request, dryRun, data, postgres };
        command.SetAction((parse, cancellationToken) => RunAsync(
            StorageOptions.For(parse.GetRequiredValue(data), parse.GetValue(postgres)), parse.GetValue(request), parse.GetValue(dryRun), stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(StorageOptions storage, int requestId, bool dryRun, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (storage.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(storage.DataDirectory, "tonghop.db")))
        {
            return await FailAsync(stderr, $"no TongHop database in {Path.GetFullPath(storage.DataDirectory)} (tonghop.db not found)");
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = CliServices.Build(storage, configuration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var found = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (found is null)
        {
            return await FailAsync(stderr, $"no report request with id {requestId}");
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (dryRun)
        {
            foreach (var target in await ReminderPlanner.PlanAsync(db, found, clock.GetUtcNow().UtcDateTime, cancellationToken))
            {
                await stdout.WriteLineAsync($"{target.Unit.Code}\t{target.Email ?? "-"}\t{target.Reason}");
            }

            return ExitCodes.Ok;
        }

        var round = ReminderRound.Manual(clock.GetUtcNow().UtcDateTime);
        var outcomes = await scope.ServiceProvider.GetRequiredService<ReminderService>().RunRoundAsync(requestId, round.Name, null, "tonghop remind", cancellationToken);
        var failed = false;
        foreach (var outcome in outcomes!)
        {
            var t = outcome.Target;
            if (outcome.Reminder is { Delivery: ReminderDelivery.Sent })
            {
                await stdout.WriteLineAsync($"{t.Unit.Code}\t{t.Email}\t{t.Reason}");
            }
            else if (outcome.AlreadyReminded)
            {
                await stderr.WriteLineAsync($"tonghop remind: {t.Unit.Code}: already reminded in round {round.Name}");
            }
            else
            {
                failed |= outcome.Reminder?.Delivery == ReminderDelivery.Failed;
                var why = outcome.Reminder?.Delivery == ReminderDelivery.NoAddress ? "the unit has no e-mail address" : outcome.Reminder?.Error;
                await stderr.WriteLineAsync($"tonghop remind: {t.Unit.Code}: not sent: {why}");
            }
        }

        return failed ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static async Task<int> FailAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("tonghop remind: " + message);
        return ExitCodes.BadInput;
    }
}
