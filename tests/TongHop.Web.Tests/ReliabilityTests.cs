using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TongHop.Application.Users;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// The promises of docs/reliability.md under load and hostile input: simultaneous uploads all stored, one size limit
/// with a message, every API error a problem with a Vietnamese detail, authorization before any write.
/// </summary>
public sealed class ReliabilityTests
{
    private const int Parallel = 50;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiftyUploadsAtOnce_ForOneUnit_AreAllStored_WithDistinctVersions(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = await Tokens.ClientAsync(world, world.Reviewer);
        // Every fifth file has the same bytes as another one, so stored files race as well as versions.
        var uploads = Enumerable.Range(0, Parallel).Select(async i =>
        {
            using var form = new MultipartFormDataContent();
            var text = $"UBND xã An Phú\nBáo cáo bổ sung số {(i % 5 == 0 ? 0 : i)}\nCó {i + 1} trạm BTS.\n";
            Browser.AddFile(form, "files", $"bo-sung-{i}.txt", Encoding.UTF8.GetBytes(text));
            using var response = await api.PostAsync(new Uri($"/api/requests/{world.Request.Id}/submissions?unitId={world.UnitA.Id}&resubmit=true", UriKind.Relative), form);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        var answers = await Task.WhenAll(uploads);

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Accepted, $"{a.StatusCode}: {a.Body}"));
        var versions = await world.WithDbAsync(db => db.Submissions.AsNoTracking()
            .Where(s => s.RequestId == world.Request.Id && s.UnitId == world.UnitA.Id).Select(s => s.Version).ToListAsync());
        Assert.Equal(Enumerable.Range(1, Parallel + 1), versions.Order());
        var jobs = await world.WithDbAsync(db => db.Jobs.AsNoTracking().CountAsync(j => j.Submission!.RequestId == world.Request.Id && j.Submission.UnitId == world.UnitA.Id));
        Assert.Equal(Parallel, jobs);
    }

    public static TheoryData<string, string, string, int> ApiErrors => new()
    {
        // provider-independent cases: method, path (WORLD placeholders), who, expected status
        { "GET", "/api/khong-co-duong-dan-nay", "reviewer", 404 },
        { "GET", "/api/submissions/987654321", "reviewer", 404 },
        { "GET", "/api/submissions/{B}", "reporterA", 404 },
        { "GET", "/api/requests", "anonymous", 401 },
        { "GET", "/api/requests/{R}/status", "reporterA", 403 },
        { "POST", "/api/values/{V}/review", "reporterA", 403 },
        { "POST", "/api/values/{V}/review#bad-json", "reviewer", 400 },
        { "POST", "/api/values/{V}/review#correct-without-value", "reviewer", 400 },
        { "DELETE", "/api/requests", "reviewer", 405 },
        { "POST", "/api/requests/{R}/submissions#no-files", "reviewer", 400 },
        { "POST", "/api/requests/{R}/submissions#json-body", "reviewer", 415 },
        { "POST", "/api/requests/{R}/submissions#empty-file", "reviewer", 400 },
        { "POST", "/api/requests/{R}/submissions#over-limit", "reviewer", 413 },
        { "GET", "/api/submissions/{Q}/extraction", "reviewer", 409 },
    };

    [Theory]
    [MemberData(nameof(ApiErrors))]
    public async Task EveryApiError_IsAProblem_WithTheStatus_AndAVietnameseDetail(string method, string path, string who, int status)
    {
        var world = await World.CreateAsync("sqlite");
        var queued = await world.WithDbAsync(async db =>
        {
            var s = await db.Submissions.SingleAsync(x => x.Id == world.SubmissionB.Id);
            var copy = new Submission { RequestId = s.RequestId, UnitId = s.UnitId, Version = 2, FileSha256 = s.FileSha256, FileName = "cho.txt", State = ProcessingState.Failed };
            db.Submissions.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });
        var (url, variant) = path.Split('#') is [var u, var v] ? (u, v) : (path, "");
        url = url.Replace("{B}", world.SubmissionB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{R}", world.Request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{V}", world.ValueA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Q}", queued.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = who switch
        {
            "anonymous" => world.App.CreateClient(),
            "reporterA" => await Tokens.ClientAsync(world, world.ReporterA),
            _ => await Tokens.ClientAsync(world, world.Reviewer),
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url + (variant == "" || url.Contains('?', StringComparison.Ordinal) ? "" : $"?unitId={world.UnitA.Id}&resubmit=true"), UriKind.Relative))
        {
            Content = variant switch
            {
                "bad-json" => new StringContent("{\"action\": ", Encoding.UTF8, "application/json"),
                "correct-without-value" => JsonContent.Create(new { action = "correct" }),
                "json-body" => JsonContent.Create(new { files = "x" }),
                "no-files" => new MultipartFormDataContent { { new StringContent("x"), "ghi-chu" } },
                "empty-file" => Multipart("rong.txt", []),
                "over-limit" => Multipart("qua-lon.pdf", new byte[51 * 1024 * 1024]),
                _ when method == "POST" => JsonContent.Create(new { action = "reject" }),
                _ => null,
            },
        };
        using var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        // Vietnamese: written with the language's own letters (ư, ơ, đ, ệ …), never an English sentence.
        Assert.Contains(detail!, c => c > 0x7F);
        Assert.Contains(problem.RootElement.GetProperty("title").GetString()!, c => c > 0x7F);
        if (status == 413)
        {
            Assert.Contains("50 MB", detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UploadPage_OverTheLimit_Is413_WithTheLimitInVietnamese_AndStoresNothing()
    {
        var world = await World.CreateAsync("sqlite");
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var before = await world.WithDbAsync(db => db.Submissions.CountAsync(s => s.UnitId == world.UnitA.Id));
        var response = await reporter.PostFormAsync("/Submissions/Upload", "/Submissions/Upload",
            new() { ["RequestId"] = world.Request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            form => Browser.AddFile(form, "files", "ban-scan-rat-lon.pdf", new byte[60 * 1024 * 1024]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("vượt quá giới hạn 50 MB", html, StringComparison.Ordinal);
        Assert.Equal(before, await world.WithDbAsync(db => db.Submissions.CountAsync(s => s.UnitId == world.UnitA.Id)));

        // The page says the limit, and the browser checks it before sending.
        var page = await reporter.Client.GetStringAsync(new Uri("/Submissions/Upload", UriKind.Relative));
        Assert.Contains($"data-max-bytes=\"{50L * 1024 * 1024}\"", page, StringComparison.Ordinal);
        Assert.Contains("Tối đa 50 MB mỗi lần gửi.", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewPage_ValueOfAnotherSubmission_Is404_AndWritesNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        var valueB = await world.WithDbAsync(db => db.Values.AsNoTracking().SingleAsync(v => v.SubmissionId == world.SubmissionB.Id));
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var page = $"/Submissions/{world.SubmissionA.Id}";
        var response = await reviewer.PostFormAsync(page, page + "?handler=Review",
            new() { ["valueId"] = valueB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = "Reject" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await world.WithDbAsync(db => db.Values.AsNoTracking().SingleAsync(v => v.Id == valueB.Id));
        Assert.Equal(ReviewState.Auto, after.Review);
        Assert.Equal(0, await world.WithDbAsync(db => db.ReviewEvents.CountAsync(e => e.ValueId == valueB.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_UnknownName_CostsOnePasswordHash_LikeAWrongPassword(string provider)
    {
        var world = await World.CreateAsync(provider);
        foreach (var name in new[] { "khong-ton-tai-" + world.Tag, world.Leader })
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
            var counting = new CountingHasher(signIn.UserManager.PasswordHasher);
            signIn.UserManager.PasswordHasher = counting;
            var result = await signIn.PasswordSignInAsync(name, "sai-mat-khau-hoan-toan", isPersistent: false, lockoutOnFailure: false);
            Assert.False(result.Succeeded);
            Assert.Equal(1, counting.Verifications);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PasswordReset_ToACommonPassword_IsRefusedInVietnamese(string provider)
    {
        var world = await World.CreateAsync(provider);
        await using var scope = world.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var leader = await users.FindByNameAsync(world.Leader);
        foreach (var weak in new[] { "aaaaaaaaaa", "password12", "Matkhau@2025", "1234567890", "qwertyuiop" })
        {
            var (ok, error) = await UserAdministration.ResetPasswordAsync(users, leader!.Id, weak);
            Assert.False(ok, weak);
            Assert.StartsWith("Mật khẩu", error, StringComparison.Ordinal);
        }

        Assert.True((await UserAdministration.ResetPasswordAsync(users, leader!.Id, "gio-mua-thu-qua-song-Han")).Succeeded);
    }

    [Fact]
    public async Task SecurityStamp_IsCheckedWithinAMinute()
    {
        var app = await TestApp.GetAsync("sqlite");
        var options = app.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        Assert.InRange(options.ValidationInterval, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    private static MultipartFormDataContent Multipart(string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "files", name);
        return form;
    }

    private sealed class CountingHasher(IPasswordHasher<AppUser> inner) : IPasswordHasher<AppUser>
    {
        public int Verifications { get; private set; }

        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
