using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TongHop.Application.Demo;
using TongHop.Testing;

namespace TongHop.Web.Tests;

/// <summary>
/// <c>kill -9</c> of the app after uploads were answered and before they were processed, and while its worker is busy
/// (on PostgreSQL with the database server restarted under the app as well): after a restart every upload is there
/// once, with its original, and every job finishes once. The app runs as a child process
/// (<c>dotnet TongHop.Web.dll --data TMP</c>) so the kill is real.
/// </summary>
public sealed partial class DurabilityTests : IDisposable
{
    private const int Files = 8;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "tonghop-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KillDashNine_LosesNoUploadAndEveryJobFinishes()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        // First life: the worker is off, so every answered upload is still waiting when the process dies.
        using (var first = Start(url, "--TongHop:Jobs:Enabled=false"))
        {
            await WaitHealthyAsync(url);
            using var api = await ApiClientAsync(url);
            var unit = await UnitIdAsync(api, url, "Đặc khu Lý Sơn");
            using var form = new MultipartFormDataContent();
            for (var i = 0; i < Files; i++)
            {
                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"UBND ĐẶC KHU LÝ SƠN\nBáo cáo số {i}\nCó {i + 3} trạm BTS.\n")), "files", $"kill-test-{i}.txt");
            }

            var upload = await api.PostAsync(new Uri($"{url}/api/requests/1/submissions?unitId={unit}"), form);
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        using var second = Start(url);
        await WaitHealthyAsync(url);
        using var again = await ApiClientAsync(url);
        var mine = await WaitAllDoneAsync(again, url);
        Assert.Equal(Files, mine.Count);
        Assert.All(mine, s => Assert.True(File.Exists(Path.Combine(_data, "originals", s.Sha[..2], s.Sha))));
        second.Kill(entireProcessTree: true);
    }

    /// <summary>
    /// The worker is on and busy when the app is killed; on PostgreSQL the database server is also restarted (an
    /// immediate stop: its crash recovery runs) under the running app between two batches of uploads. After a restart
    /// of the app every answered upload is there exactly once, every job has finished once, no value is doubled.
    /// PostgreSQL runs in a cluster of the test's own (scripts/test-postgres), so no other test sees the restart.
    /// </summary>
    [Theory]
    [MemberData(nameof(Support.Providers.All), MemberType = typeof(Support.Providers))]
    public async Task KillDashNine_WithJobsRunning_AndTheDatabaseRestarted_LosesAndDoublesNothing(string provider)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var pg = provider == "postgres" ? Path.Combine(Path.GetTempPath(), "tonghop-pg-" + Guid.NewGuid().ToString("N")) : null;
        // A short lease: the job the killed process was running is taken again when it runs out (PostgreSQL keeps it for
        // the lease, since another live worker might hold it; SQLite re-queues it at start).
        var extra = new List<string> { "--TongHop:Jobs:LeaseSeconds=20" };
        if (pg is not null)
        {
            extra.AddRange(["--postgres", Postgres("start", pg, $"{FreePort()}")]);
        }

        try
        {
            var answered = 0;
            using (var first = Start(url, [.. extra]))
            {
                await WaitHealthyAsync(url);
                using var api = await ApiClientAsync(url);
                var unit = await UnitIdAsync(api, url, "Đặc khu Lý Sơn");
                answered += await UploadEachAsync(api, url, unit, 0, Files);
                if (pg is not null)
                {
                    // The database goes away under the running app and comes back; the app must serve again by itself.
                    Postgres("restart", pg);
                    await WaitHealthyAsync(url);
                    answered += await UploadEachAsync(api, url, unit, Files, Files);
                }

                // Killed while its worker is busy: some submissions read, some being read, some waiting.
                var states = await StatesAsync(api, url);
                for (var more = 0; more < 4; more++)
                {
                    while (states.All(s => s == "queued"))
                    {
                        await Task.Delay(50);
                        states = await StatesAsync(api, url);
                    }

                    if (states.Any(s => s != "done"))
                    {
                        break;
                    }

                    // A quiet machine read them all before the kill: send another batch, so the kill finds work to break.
                    answered += await UploadEachAsync(api, url, unit, states.Count, Files);
                    states = await StatesAsync(api, url);
                }

                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
                Assert.Contains(states, s => s != "done");
            }

            using var second = Start(url, [.. extra]);
            await WaitHealthyAsync(url);
            using var again = await ApiClientAsync(url);
            var mine = await WaitAllDoneAsync(again, url);
            Assert.Equal(answered, mine.Count);
            Assert.Equal(answered, mine.Select(m => m.Sha).Distinct().Count());
            foreach (var id in await IdsAsync(again, url))
            {
                using var values = JsonDocument.Parse(await again.GetStringAsync(new Uri($"{url}/api/submissions/{id}/values")));
                var keys = values.RootElement.EnumerateArray().Select(v => $"{v.GetProperty("key").GetString()}/{v.GetProperty("kind").GetString()}").ToList();
                Assert.NotEmpty(keys);
                Assert.Equal(keys.Count, keys.Distinct().Count());
            }

            second.Kill(entireProcessTree: true);
        }
        finally
        {
            if (pg is not null)
            {
                Postgres("stop", pg);
            }
        }
    }

    // Each file a submission of its own (resubmissions of the unit), so each is a job of its own.
    private static async Task<int> UploadEachAsync(HttpClient api, string url, int unit, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"UBND ĐẶC KHU LÝ SƠN\nBáo cáo bổ sung lần {i}\nĐến nay có {i + 4} trạm BTS.\n")), "files", $"kill-test-{i}.txt");
            var upload = await api.PostAsync(new Uri($"{url}/api/requests/1/submissions?unitId={unit}&resubmit=true"), form);
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        }

        return count;
    }

    private static async Task<List<string>> StatesAsync(HttpClient api, string url)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri(url + "/api/requests/1/submissions")));
        return [.. json.RootElement.EnumerateArray().Where(Mine).Select(s => s.GetProperty("state").GetString()!)];
    }

    private static async Task<List<int>> IdsAsync(HttpClient api, string url)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri(url + "/api/requests/1/submissions")));
        return [.. json.RootElement.EnumerateArray().Where(Mine).Select(s => s.GetProperty("id").GetInt32())];
    }

    private static bool Mine(JsonElement submission) => submission.GetProperty("fileName").GetString()!.StartsWith("kill-test-", StringComparison.Ordinal);

    /// <summary>scripts/test-postgres: start (prints the connection string), restart, stop.</summary>
    private static string Postgres(params string[] args)
    {
        var info = new ProcessStartInfo(SharedPaths.Repo("scripts", "test-postgres")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"scripts/test-postgres {args[0]}: {error}");
        return output.Trim();
    }

    private Process Start(string url, params string[] extra)
    {
        // tests/…/bin/CONFIG/net10.0/ → the web app's own build of the same configuration.
        var config = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!);
        var dll = SharedPaths.Repo("src", "TongHop.Web", "bin", config, "net10.0", "TongHop.Web.dll");
        Assert.True(File.Exists(dll), "web app not built: " + dll);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--data", _data, "--urls", url }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }

        // This test is about crashes, not page images: LibreOffice's layout of each text report would outlast its wait.
        info.Environment["TongHop__PageImages__RenderDocuments"] = "false";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(string url)
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(180); // a loaded CI machine starts the app slowly
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync(new Uri(url + "/healthz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        Assert.Fail("the app did not become healthy at " + url);
    }

    // Logs in as the demo reviewer and creates an API token, as an integrator would.
    private async Task<HttpClient> ApiClientAsync(string url)
    {
        var password = DemoUsersFile.Read(_data).Single(u => u.UserName == "chuyenvien").Password;
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        using var browser = new HttpClient(handler);
        var token = Field().Match(await browser.GetStringAsync(new Uri(url + "/Account/Login"))).Groups[1].Value;
        await browser.PostAsync(new Uri(url + "/Account/Login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "chuyenvien", ["Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        var form = Field().Match(await browser.GetStringAsync(new Uri(url + "/Account/Tokens"))).Groups[1].Value;
        var page = await (await browser.PostAsync(new Uri(url + "/Account/Tokens"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "kiem-thu", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(form),
        }))).Content.ReadAsStringAsync();
        var api = new HttpClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", NewToken().Match(page).Groups[1].Value);
        return api;
    }

    private static async Task<int> UnitIdAsync(HttpClient api, string url, string name)
    {
        using var status = JsonDocument.Parse(await api.GetStringAsync(new Uri(url + "/api/requests/1/status")));
        return status.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == name).GetProperty("unitId").GetInt32();
    }

    private static async Task<List<(string State, string Sha)>> WaitAllDoneAsync(HttpClient api, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180); // a loaded CI machine reads slowly
        while (true)
        {
            using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri(url + "/api/requests/1/submissions")));
            var mine = json.RootElement.EnumerateArray()
                .Where(s => s.GetProperty("fileName").GetString()!.StartsWith("kill-test-", StringComparison.Ordinal))
                // One submission of all the files (a report and its annexes): each file with its submission's state.
                .SelectMany(s => s.GetProperty("files").EnumerateArray().Select(f => (s.GetProperty("state").GetString()!, f.GetProperty("sha256").GetString()!))).ToList();
            if (mine.Count > 0 && mine.All(s => s.Item1 == "done"))
            {
                return mine;
            }

            Assert.True(DateTime.UtcNow < deadline, "jobs did not finish after the restart: " + string.Join(", ", mine.Select(s => s.Item1)));
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException)
        {
            // Originals are read-only by design; a leftover temp folder is harmless.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Field();

    [GeneratedRegex("<code id=\"new-token\">(th_[A-Za-z0-9_-]+)</code>")]
    private static partial Regex NewToken();
}
