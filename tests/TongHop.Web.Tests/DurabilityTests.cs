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
/// <c>kill -9</c> of the app after uploads were answered and before they were processed: after a restart
/// every upload is there, with its original, and every job finishes. The app runs as a child process
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
        var deadline = DateTime.UtcNow.AddSeconds(60);
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
