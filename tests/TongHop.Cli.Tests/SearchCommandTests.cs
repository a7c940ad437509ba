using System.Text.Json;
using TongHop.Web;

namespace TongHop.Cli.Tests;

/// <summary><c>tonghop search</c> on a data folder the web app seeded with the demo province (nine processed reports).</summary>
public sealed class SearchCommandTests : IClassFixture<SearchCommandTests.DemoData>
{
    private readonly DemoData _demo;

    public SearchCommandTests(DemoData demo) => _demo = demo;

    /// <summary>Starts and stops the web app once on a fresh folder, so the demo province is stored and the index lock released.</summary>
    public sealed class DemoData : IAsyncLifetime
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"tonghop-search-cli-{Guid.NewGuid():N}");

        public async Task InitializeAsync()
        {
            await using var app = WebApp.Build(new WebAppOptions(Folder, true, "http://127.0.0.1:0"));
            await app.StartAsync();
            await app.StopAsync();
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (UnauthorizedAccessException)
            {
                // Originals are read-only by design; a leftover temp folder is harmless.
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public void Search_CitationAnySpelling_FindsEveryCommuneReport()
    {
        var (code, stdout, stderr) = CliRunner.Run("search", "02/KH-BCDTW", "--data", _demo.Folder, "--format", "json", "--limit", "50");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        var hits = json.RootElement.GetProperty("hits");
        Assert.True(hits.GetArrayLength() > 0);
        Assert.Equal(hits.GetArrayLength(), json.RootElement.GetProperty("total").GetInt32());
        Assert.All(hits.EnumerateArray(), h => Assert.StartsWith("/Submissions/", h.GetProperty("link").GetString(), StringComparison.Ordinal));
        var (_, text, _) = CliRunner.Run("search", "02 KH BCĐTW", "--data", _demo.Folder, "--limit", "50");
        Assert.StartsWith($"{hits.GetArrayLength()} reports", text, StringComparison.Ordinal);
        Assert.Contains("[BCĐTW]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WithoutDiacritics_Text()
    {
        var (code, stdout, _) = CliRunner.Run("search", "\"chuyen doi so\"", "--data", _demo.Folder);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"^[1-9]\d* reports", stdout);
        Assert.Contains("[chuyển] [đổi] [số]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_RebuildsFromStoredDocuments()
    {
        var (code, stdout, _) = CliRunner.Run("search", "--reindex", "--data", _demo.Folder);
        Assert.Equal(ExitCodes.Ok, code);
        // The demo request's 9 reports and its earlier periods' 10 + 9 + 9 (Application/Demo/DemoHistory).
        Assert.Matches(@"^reindexed 37 reports", stdout);
    }

    [Fact]
    public void Search_UnknownIndicator_ExitsThreeWithKnownKeys()
    {
        var (code, _, stderr) = CliRunner.Run("search", "no_such_rate < 5", "--data", _demo.Folder);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("online_dossier_rate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NoDatabase_ExitsThree()
    {
        var (code, _, stderr) = CliRunner.Run("search", "x", "--data", Path.Combine(_demo.Folder, "khong-co"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no TongHop database", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NothingAsked_ExitsTwo() =>
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("search", "--data", _demo.Folder).Code);
}
