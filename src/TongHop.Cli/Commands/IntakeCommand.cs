using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Intake;
using TongHop.Storage;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Cli.Commands;

/// <summary>
/// <c>tonghop intake FILE… [--request ID] (--data DIR | --postgres CONN)</c>: bulk intake from the command line (a
/// batch downloaded from the e-office, zips opened). Each file is read, matched to its unit and request and filed when
/// the match is certain; otherwise it waits in the intake inbox of the web app. One tab-separated line per file: file
/// name, unit code (empty if unsure), request id (empty if unsure), and <c>filed</c>, <c>duplicate</c> or
/// <c>needs-review</c>. The extraction of filed reports runs in the web app's worker.
/// </summary>
internal static class IntakeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Description = "Report files (.pdf, .docx, scans, .txt) or .zip archives of them.", Arity = ArgumentArity.OneOrMore };
        var request = new Option<int?>("--request") { Description = "The request they answer (id); found from each file when not given." };
        var data = new Option<string>("--data") { Description = "Data folder (SQLite database, originals), as for serve.", DefaultValueFactory = _ => "data" };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string instead of SQLite." };
        var command = new Command("intake", "File report files to their units and requests; print one line per file.") { files, request, data, postgres };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(files), parse.GetValue(request), StorageOptions.For(parse.GetRequiredValue(data), parse.GetValue(postgres)), stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, int? request, StorageOptions storage, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            await stderr.WriteLineAsync($"tonghop intake: no such file: {missing}");
            return ExitCodes.BadInput;
        }

        // Intake files into an existing database; it never creates one where the user mistyped a folder.
        if (storage.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(storage.DataDirectory, "tonghop.db")))
        {
            await stderr.WriteLineAsync($"tonghop intake: no TongHop database in {Path.GetFullPath(storage.DataDirectory)} (tonghop.db not found)");
            return ExitCodes.BadInput;
        }

        await using var services = CliServices.Build(storage);
        await DatabaseInitializer.InitializeAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<FileIntake>();
        var batch = new List<IncomingFile>();
        foreach (var path in paths)
        {
            batch.Add(new IncomingFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken)));
        }

        var user = Environment.UserName is { Length: > 0 } name ? "cli:" + name : "cli";
        var outcomes = await intake.TakeAsync(batch, new IntakeOrigin(IntakeChannel.Cli, user, RequestId: request), null, cancellationToken);
        foreach (var o in outcomes)
        {
            await stdout.WriteLineAsync($"{o.Item.FileName}\t{o.UnitCode}\t{o.RequestId}\t{o.Status}");
            if (o.Item.Error is not null)
            {
                await stderr.WriteLineAsync(o.Item.Id == 0
                    ? $"tonghop intake: {o.Item.FileName}: not stored (empty or too large)"
                    : $"tonghop intake: {o.Item.FileName}: could not be read; it waits in the intake inbox");
            }
        }

        return ExitCodes.Ok;
    }
}
