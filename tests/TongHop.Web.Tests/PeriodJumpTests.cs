using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Review;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// The review page shows, beside the checks' findings, a value far from what the unit reported for the previous
/// period, with both figures and where each came from.
/// </summary>
public sealed class PeriodJumpTests
{
    [Theory]
    [InlineData(45, 10, false, true)]     // ×4,5
    [InlineData(12, 10, false, false)]    // +20 %
    [InlineData(4, 1, false, false)]      // ×4 but only 3 apart
    [InlineData(2, 30, false, true)]      // a fifteenth
    [InlineData(75, 40, true, true)]      // +35 points
    [InlineData(95, 70, true, false)]     // +25 points
    public void IsJump(decimal current, decimal previous, bool percent, bool jump) =>
        Assert.Equal(jump, PeriodJumps.IsJump(current, previous, percent));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewPage_ShowsBothFigures_OfAJumpFromThePreviousQuarter(string provider)
    {
        var world = await World.CreateAsync(provider);
        const int year = 2041; // quarters no other test uses
        await SeedQuarterAsync(world, year, 2, [("A", 10, 40, "có 10 trạm BTS"), ("B", 10, 70, "có 10 trạm")]);
        var now = await SeedQuarterAsync(world, year, 3, [("A", 45, 75, "có 45 trạm BTS"), ("B", 12, 72, "có 12 trạm")]);

        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var a = System.Net.WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Submissions/{now["A"]}", UriKind.Relative)));
        Assert.Contains("Tăng mạnh so với kỳ trước", a, StringComparison.Ordinal);
        Assert.Contains($"kỳ này <b>45</b>, kỳ trước (Quý II năm {year}) <b>10</b>", a, StringComparison.Ordinal);
        Assert.Contains($"kỳ này <b>75%</b>, kỳ trước (Quý II năm {year}) <b>40%</b> (chênh 35 điểm phần trăm)", a, StringComparison.Ordinal);
        Assert.Contains("Kỳ này lấy từ báo cáo này: “có 45 trạm BTS”", a, StringComparison.Ordinal);
        Assert.Contains("của đơn vị</a>: “có 10 trạm BTS”", a, StringComparison.Ordinal);
        var b = System.Net.WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Submissions/{now["B"]}", UriKind.Relative)));
        Assert.DoesNotContain("mạnh so với kỳ trước", b, StringComparison.Ordinal);
    }

    // A quarterly request to units A and B, each unit's report with a count and a percentage; returns the submissions by unit.
    private static async Task<Dictionary<string, int>> SeedQuarterAsync(World world, int year, int quarter, (string Unit, decimal Bts, decimal Coverage, string Evidence)[] reports)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var from = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        var to = from.AddMonths(3).AddDays(-1);
        var deadline = to.AddDays(10).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        var request = new ReportRequest
        {
            Title = $"Báo cáo quý {quarter}/{year} {world.Tag}", PeriodLabel = $"Quý {(quarter == 2 ? "II" : "III")} năm {year}", PeriodFrom = from, PeriodTo = to,
            DeadlineUtc = deadline, CreatedAtUtc = deadline.AddDays(-20),
            Recipients = [new RequestRecipient { UnitId = world.UnitA.Id }, new RequestRecipient { UnitId = world.UnitB.Id }],
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        var submissions = new Dictionary<string, int>();
        foreach (var (name, bts, coverage, evidence) in reports)
        {
            var unit = name == "A" ? world.UnitA : world.UnitB;
            var text = $"Báo cáo quý {quarter}/{year} của {unit.Name} {world.Tag}: {evidence}";
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
            db.Files.Add(new StoredFile { Sha256 = sha, Size = text.Length, StoredAtUtc = deadline });
            var submission = new Submission
            {
                RequestId = request.Id, UnitId = unit.Id, Version = 1, ReceivedAtUtc = deadline.AddDays(-1), FileSha256 = sha, FileName = "bao-cao.txt",
                State = ProcessingState.Done, RestoredText = text, ExtractionJson = "{\"indicators\":[]}",
            };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            db.Values.AddRange(Value(submission, "bts_stations", bts, MeasureUnit.Count, evidence), Value(submission, "mobile_4g_coverage", coverage, MeasureUnit.Percent, "phủ sóng"));
            await db.SaveChangesAsync();
            submissions[name] = submission.Id;
        }

        return submissions;
    }

    private static ReportedValue Value(Submission s, string key, decimal value, MeasureUnit unit, string evidence) => new()
    {
        SubmissionId = s.Id, RequestId = s.RequestId, UnitId = s.UnitId, IndicatorKey = key, Kind = ValueKind.Actual, Value = value,
        MeasureUnit = unit, Evidence = evidence, SpanStart = 0, SpanEnd = 5, Confidence = 0.9,
    };
}
