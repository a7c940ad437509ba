using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Demo;
using TongHop.Application.Reporting;
using TongHop.Storage;

namespace TongHop.Cli.Commands;

/// <summary>
/// <c>tonghop synthesize --request ID --out FILE.docx [--xlsx FILE.xlsx] [--data DIR | --postgres CONN]</c>:
/// drafts the province's synthesis of a request (Decree 30 .docx, optionally the Excel workbook).
/// <c>--demo</c> builds the demo province in a temporary SQLite database, extracting its reports
/// synchronously, and drafts its request: no server needed.
/// </summary>
internal static class SynthesizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var request = new Option<int?>("--request") { Description = "Id of the report request to synthesise." };
        var demo = new Option<bool>("--demo") { Description = "Synthesise the demo province (built in a temporary database)." };
        var output = new Option<string>("--out") { Description = "Where to write the report (.docx).", Required = true };
        var xlsx = new Option<string?>("--xlsx") { Description = "Also write the tables as an Excel workbook (.xlsx)." };
        var data = new Option<string>("--data") { Description = "Data folder (SQLite database), as for serve.", DefaultValueFactory = _ => "data" };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string instead of SQLite." };
        var command = new Command("synthesize", "Draft the province's synthesis report of a request (.docx, .xlsx).") { request, demo, output, xlsx, data, postgres };
        command.SetAction((parse, cancellationToken) =>
        {
            var files = new OutputFiles(parse.GetRequiredValue(output), parse.GetValue(xlsx));
            var id = parse.GetValue(request);
            if (id is null == !parse.GetValue(demo))
            {
                stderr.WriteLine("tonghop synthesize: give either --request ID or --demo.");
                return Task.FromResult(ExitCodes.Usage);
            }

            return files.Problem() is { } problem
                ? Fail(stderr, problem)
                : id is { } requestId
                    ? FromDatabaseAsync(StorageOptions.For(parse.GetRequiredValue(data), parse.GetValue(postgres)), requestId, files, stdout, stderr, cancellationToken)
                    : DemoAsync(files, stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static async Task<int> FromDatabaseAsync(StorageOptions storage, int requestId, OutputFiles files, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Synthesis reads; it never creates a database where the user mistyped a folder.
        if (storage.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(storage.DataDirectory, "tonghop.db")))
        {
            return await Fail(stderr, $"no TongHop database in {Path.GetFullPath(storage.DataDirectory)} (tonghop.db not found)");
        }

        await using var services = CliServices.Build(storage);
        return await WriteAsync(services, requestId, files, stdout, stderr, cancellationToken);
    }

    private static async Task<int> DemoAsync(OutputFiles files, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("tonghop-synthesize-demo-");
        try
        {
            await using var services = CliServices.Build(StorageOptions.For(folder.FullName, null));
            await DatabaseInitializer.InitializeAsync(services, cancellationToken);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            }

            int requestId;
            await using (var scope = services.CreateAsyncScope())
            {
                // The demo request is the first made; the earlier periods it is compared with come after it.
                requestId = await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().Requests.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(cancellationToken);
            }

            return await WriteAsync(services, requestId, files, stdout, stderr, cancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Remove(folder);
        }
    }

    private static async Task<int> WriteAsync(ServiceProvider services, int requestId, OutputFiles files, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var synthesis = await scope.ServiceProvider.GetRequiredService<SynthesisLoader>().LoadAsync(requestId, cancellationToken);
        if (synthesis is null)
        {
            return await Fail(stderr, $"no report request with id {requestId}");
        }

        await File.WriteAllBytesAsync(files.Docx, synthesis.ToDocx(), cancellationToken);
        await stdout.WriteLineAsync($"wrote {files.Docx}");
        if (files.Xlsx is { } xlsx)
        {
            await File.WriteAllBytesAsync(xlsx, synthesis.ToXlsx(), cancellationToken);
            await stdout.WriteLineAsync($"wrote {xlsx}");
        }

        var reported = synthesis.Input.Units.Count(u => u.Document is not null);
        await stdout.WriteLineAsync($"request {requestId}: {reported} of {synthesis.Input.Units.Count} units reported");
        return ExitCodes.Ok;
    }

    private static async Task<int> Fail(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("tonghop synthesize: " + message);
        return ExitCodes.BadInput;
    }

    // Stored originals are read-only by design; make them writable so the temporary demo can go.
    private static void Remove(DirectoryInfo folder)
    {
        foreach (var file in folder.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        folder.Delete(recursive: true);
    }

    /// <summary>The files to write; their folders must exist (nothing is created where a path was mistyped).</summary>
    private sealed record OutputFiles(string Docx, string? Xlsx)
    {
        public string? Problem() =>
            !Docx.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? $"--out must name a .docx file: {Docx}"
            : Xlsx is not null && !Xlsx.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? $"--xlsx must name a .xlsx file: {Xlsx}"
            : new[] { Docx, Xlsx }.OfType<string>().FirstOrDefault(f => !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(f)))) is { } f
                ? $"cannot write {f}: folder {Path.GetDirectoryName(Path.GetFullPath(f))} does not exist"
                : null;
    }
}
