using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TongHop.Application.Users;
using TongHop.Storage.Identity;
using TongHop.Storage.Tests.Support;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// Faults under a running app of its own: the database stopped and started again, the disk full, a user demoted,
/// locked or given a new password while their session is open.
/// </summary>
public sealed class FaultTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Readiness_FollowsTheDatabase_LivenessDoesNot(string provider)
    {
        await using var app = await TestApp.StartOwnAsync(provider);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal("ok", await client.GetStringAsync(new Uri("/healthz/live", UriKind.Relative)));
        if (provider == "sqlite")
        {
            // A SQLite database cannot be stopped under its app; PostgreSQL is, below.
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(app.Database.Options.ConnectionString).Database!;
        await SetConnectionsAsync(name, allowed: false);
        try
        {
            var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("database", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz/live", UriKind.Relative))).StatusCode);

            // An API call meanwhile is a server-side problem, not an HTML page or an empty body.
            using var reader = app.CreateClient();
            var api = await reader.GetAsync(new Uri("/api/requests", UriKind.Relative));
            Assert.True((int)api.StatusCode >= 500 || api.StatusCode == HttpStatusCode.Unauthorized, api.StatusCode.ToString());
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await SetConnectionsAsync(name, allowed: true);
        }

        await Waiting.UntilAsync(async () => (await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative))).IsSuccessStatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpenSession_EndsAtTheNextRequest_AfterDemotionLockOrPasswordReset(string provider)
    {
        // The product checks every 30 s (ReliabilityTests.SecurityStamp_IsCheckedWithinAMinute); this app at every request.
        await using var app = await TestApp.StartOwnAsync(provider, new Dictionary<string, string> { ["TongHop:Security:StampCheckSeconds"] = "0" });
        var world = await World.CreateAsync(app);
        using var reviewer = await Browser.LoginAsync(app, world.Reviewer);
        using var reporter = await Browser.LoginAsync(app, world.ReporterB);
        using var leader = await Browser.LoginAsync(app, world.Leader);
        var status = $"/api/requests/{world.Request.Id}/status";
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(status)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporter.GetAsync("/Submissions/Upload")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(status)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await UserAdministration.ChangeRoleAsync(users, (await users.FindByNameAsync(world.Reviewer))!.Id, AppRoles.Reporter, world.UnitA.Id, null)).Succeeded);
            Assert.True((await UserAdministration.SetLockedAsync(users, (await users.FindByNameAsync(world.ReporterB))!.Id, true, null)).Succeeded);
            Assert.True((await UserAdministration.ResetPasswordAsync(users, (await users.FindByNameAsync(world.Leader))!.Id, "mot-cau-mat-khau-moi-khac")).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.GetAsync(status)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.GetAsync($"/api/submissions/{world.SubmissionB.Id}")).StatusCode);
        var page = await reporter.GetAsync("/Submissions/Upload");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leader.GetAsync(status)).StatusCode);
    }

    [Fact]
    public async Task DiskFull_UploadIsRefusedWithAMessage_NothingHalfStored_AndAcceptedOnceThereIsRoom()
    {
        var mount = Path.Combine(Path.GetTempPath(), "tonghop-full-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mount);
        Run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount);
        try
        {
            await using var app = await TestApp.StartOwnAsync("sqlite", new Dictionary<string, string> { ["TongHop:Data"] = mount, ["TongHop:Jobs:Enabled"] = "false" });
            var world = await World.CreateAsync(app);
            using var api = await Tokens.ClientAsync(world, world.Reviewer);
            var before = await world.WithDbAsync(db => db.Submissions.CountAsync());
            var filler = Path.Combine(mount, "filler.bin");
            await using (var fill = File.Create(filler))
            {
                var free = new DriveInfo(mount).AvailableFreeSpace;
                fill.SetLength(0);
                var chunk = new byte[64 * 1024];
                for (long written = 0; written < free - (256 * 1024); written += chunk.Length)
                {
                    await fill.WriteAsync(chunk);
                }
            }

            var refused = await UploadAsync(api, world, 1024 * 1024);
            Assert.Equal(HttpStatusCode.InsufficientStorage, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
            {
                Assert.Contains("hết chỗ lưu trữ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }

            Assert.Equal(before, await world.WithDbAsync(db => db.Submissions.CountAsync()));
            Assert.Empty(Directory.GetFiles(Path.Combine(mount, "originals", "tmp")));

            File.Delete(filler);
            Assert.Equal(HttpStatusCode.Accepted, (await UploadAsync(api, world, 1024 * 1024)).StatusCode);
            Assert.Equal(before + 1, await world.WithDbAsync(db => db.Submissions.CountAsync()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Run("umount", "-l", mount);
            Directory.Delete(mount);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, World world, int size)
    {
        using var form = new MultipartFormDataContent();
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Xã An Phú có 12 trạm BTS. ", size / 28)));
        Browser.AddFile(form, "files", "bao-cao-day.txt", bytes);
        return await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions?unitId={world.UnitA.Id}&resubmit=true", UriKind.Relative), form);
    }

    private static async Task SetConnectionsAsync(string database, bool allowed)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.PostgresServer);
        await connection.OpenAsync();
        await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", connection);
        await alter.ExecuteNonQueryAsync();
        if (!allowed)
        {
            await using var kill = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'", connection);
            await kill.ExecuteNonQueryAsync();
        }
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {error}");
    }
}
