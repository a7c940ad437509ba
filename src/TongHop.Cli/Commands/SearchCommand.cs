using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Search;
using TongHop.Search;
using TongHop.Search.Indexing;
using TongHop.Search.Querying;
using TongHop.Storage;

namespace TongHop.Cli.Commands;

/// <summary>
/// <c>tonghop search "QUERY" [--data DIR | --postgres CONN] [--unit CODE] [--request ID] [--type T] [--period P]
/// [--limit N] [--format text|json]</c> and <c>tonghop search --reindex</c>. The index is the web app's
/// (<c>DIR/search-index</c>, or <c>--index</c>); it is brought up to date first unless a running web app holds it.
/// The command line is a local administrator's tool: it sees every unit.
/// </summary>
internal static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record Options(
        StorageOptions Storage, string IndexFolder, string? Query, SearchFilters Filters, int Limit, bool Json, bool Reindex);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string?>("QUERY") { Description = "Words (with or without diacritics), \"a phrase\", prefix*, a document number, or an indicator condition (online_dossier_rate < 50).", Arity = ArgumentArity.ZeroOrOne };
        var data = new Option<string>("--data") { Description = "Data folder (SQLite database, search index).", DefaultValueFactory = _ => "data" };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string instead of SQLite." };
        var index = new Option<string?>("--index") { Description = "Index folder (default DATA/search-index)." };
        var unit = new Option<string?>("--unit") { Description = "Only this unit (code)." };
        var request = new Option<int?>("--request") { Description = "Only this request (id)." };
        var type = new Option<string?>("--type") { Description = "Only this document type, e.g. \"Báo cáo\"." };
        var period = new Option<string?>("--period") { Description = "Only requests whose period label has these words, e.g. \"9 tháng\"." };
        var limit = new Option<int>("--limit") { Description = "How many hits to print.", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "text or json (the shape of GET /api/search).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var reindex = new Option<bool>("--reindex") { Description = "Rebuild the index from the stored documents, then search QUERY if given." };
        var command = new Command("search", "Search every stored report, or rebuild the search index.") { query, data, postgres, index, unit, request, type, period, limit, format, reindex };
        command.SetAction((parse, cancellationToken) =>
        {
            var storage = StorageOptions.For(parse.GetRequiredValue(data), parse.GetValue(postgres));
            var options = new Options(
                storage, parse.GetValue(index) ?? SearchOptions.DefaultFolder(storage.DataDirectory), parse.GetValue(query),
                new SearchFilters(parse.GetValue(unit), parse.GetValue(request), parse.GetValue(period), parse.GetValue(type)),
                parse.GetValue(limit), parse.GetValue(format) == "json", parse.GetValue(reindex));
            return RunAsync(options, stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Options o, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (o.Query is null && !o.Reindex && o.Filters == SearchFilters.None)
        {
            await stderr.WriteLineAsync("tonghop search: give a QUERY, a filter, or --reindex (see tonghop search --help)");
            return ExitCodes.Usage;
        }

        if (o.Storage.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(o.Storage.DataDirectory, "tonghop.db")))
        {
            await stderr.WriteLineAsync($"tonghop search: no TongHop database in {o.Storage.DataDirectory} (use --data DIR or --postgres CONN)");
            return ExitCodes.BadInput;
        }

        try
        {
            await using var services = CliServices.Build(o.Storage);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            using var index = SearchIndex.Open(o.IndexFolder);
            if (!await UpdateAsync(index, db, o.Reindex, stdout, stderr, cancellationToken))
            {
                return ExitCodes.BadInput;
            }

            return o.Query is null && o.Filters == SearchFilters.None ? ExitCodes.Ok : await SearchAsync(index, db, o, stdout, stderr, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Data.Common.DbException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"tonghop search: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static async Task<bool> UpdateAsync(SearchIndex index, TongHopDbContext db, bool rebuild, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!index.CanWrite)
        {
            if (rebuild)
            {
                await stderr.WriteLineAsync("tonghop search: the index is in use by a running web app; stop it to rebuild (it keeps the index in step itself)");
                return false;
            }

            return true;
        }

        if (rebuild)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var count = await SearchIndexer.RebuildAsync(db, index, cancellationToken);
            await stdout.WriteLineAsync($"reindexed {count} reports in {started.Elapsed.TotalSeconds:0.0} s");
        }
        else
        {
            await SearchIndexer.CatchUpAsync(db, index, cancellationToken);
        }

        return true;
    }

    private static async Task<int> SearchAsync(SearchIndex index, TongHopDbContext db, Options o, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var outcome = await new ReportSearch(index).SearchAsync(db, o.Query, o.Filters, SearchScope.All, o.Limit, 0, cancellationToken);
        if (outcome.Error is { } error)
        {
            await stderr.WriteLineAsync($"tonghop search: {error}");
            return ExitCodes.BadInput;
        }

        await stdout.WriteAsync(o.Json ? JsonSerializer.Serialize(SearchResponses.From(o.Query ?? "", outcome), Json) + "\n" : SearchTextWriter.ToText(outcome));
        return ExitCodes.Ok;
    }
}
