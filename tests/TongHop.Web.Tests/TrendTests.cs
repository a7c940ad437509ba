using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>Trends (issue 19): each figure against the previous request of the same kind and the same period a year earlier, checked against figures worked out by hand.</summary>
public sealed class TrendTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Figures_ComparedWithPreviousQuarterAndYearAgo(string provider)
    {
        var world = await World.CreateAsync(provider);
        // Quarters of 2032 and 2031, which no other test uses: the third quarter of 2032 against the second and against 2031's third.
        // bts_stations (sum): now 12 + 8 = 20; previous quarter 10 + 5 = 15 (+5, +33,33%); a year ago 16 (A only; +4, +25%).
        // mobile_4g_coverage (mean of percents): now (90 + 80) / 2 = 85; previous (80 + 70) / 2 = 75 (+10 points); a year ago 60 (+25 points).
        const int year = 2031;
        var yearAgo = await SeedQuarterAsync(world, year, 3, [("A", 16, 60)]);
        var previous = await SeedQuarterAsync(world, year + 1, 2, [("A", 10, 80), ("B", 5, 70)]);
        var current = await SeedQuarterAsync(world, year + 1, 3, [("A", 12, 90), ("B", 8, 80)]);

        using var leader = await Browser.LoginAsync(world.App, world.Leader);
        var figures = await leader.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/requests/{current}/figures", UriKind.Relative));
        var bts = figures.EnumerateArray().Single(f => f.GetProperty("key").GetString() == "bts_stations");
        Assert.Equal((20m, previous, 15m, 5m, 33.33m), (bts.GetProperty("value").GetDecimal(), bts.GetProperty("previous").GetProperty("requestId").GetInt32(),
            bts.GetProperty("previous").GetProperty("value").GetDecimal(), bts.GetProperty("previous").GetProperty("change").GetDecimal(),
            bts.GetProperty("previous").GetProperty("relativeChange").GetDecimal()));
        Assert.Equal((yearAgo, 16m, 4m, 25m), (bts.GetProperty("yearAgo").GetProperty("requestId").GetInt32(), bts.GetProperty("yearAgo").GetProperty("value").GetDecimal(),
            bts.GetProperty("yearAgo").GetProperty("change").GetDecimal(), bts.GetProperty("yearAgo").GetProperty("relativeChange").GetDecimal()));
        var coverage = figures.EnumerateArray().Single(f => f.GetProperty("key").GetString() == "mobile_4g_coverage");
        Assert.Equal((85m, 10m, 25m), (coverage.GetProperty("value").GetDecimal(), coverage.GetProperty("previous").GetProperty("change").GetDecimal(),
            coverage.GetProperty("yearAgo").GetProperty("change").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, coverage.GetProperty("previous").GetProperty("relativeChange").ValueKind);

        // The oldest request of the series has nothing before it of its kind.
        var first = await leader.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/requests/{yearAgo}/figures", UriKind.Relative));
        Assert.Equal(JsonValueKind.Null, first.EnumerateArray().Single(f => f.GetProperty("key").GetString() == "bts_stations").GetProperty("yearAgo").ValueKind);

        // The page writes + as &#x2B; (the HTML encoder): compare the text a reader sees.
        var html = System.Net.WebUtility.HtmlDecode(await leader.Client.GetStringAsync(new Uri($"/Requests/{current}/Figures", UriKind.Relative)));
        Assert.Contains("+10 điểm %", html, StringComparison.Ordinal);
        Assert.Contains("+5 (+33,33%)", html, StringComparison.Ordinal);
        Assert.Contains($"Quý II năm {year + 1}", html, StringComparison.Ordinal);
    }

    // A quarterly request to units A and B of the world, each unit's report with its values; returns the request id.
    private static async Task<int> SeedQuarterAsync(World world, int year, int quarter, (string Unit, decimal Bts, decimal Coverage)[] reports)
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
        foreach (var (name, bts, coverage) in reports)
        {
            var unit = name == "A" ? world.UnitA : world.UnitB;
            var text = $"Báo cáo quý {quarter}/{year} của {unit.Name} {world.Tag}";
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
            db.Files.Add(new StoredFile { Sha256 = sha, Size = text.Length, StoredAtUtc = deadline });
            var submission = new Submission
            {
                RequestId = request.Id, UnitId = unit.Id, Version = 1, ReceivedAtUtc = deadline.AddDays(-1), FileSha256 = sha, FileName = "bao-cao.txt",
                State = ProcessingState.Done, RestoredText = text, ExtractionJson = "{\"indicators\":[]}",
            };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            db.Values.AddRange(Value(submission, "bts_stations", bts, MeasureUnit.Count), Value(submission, "mobile_4g_coverage", coverage, MeasureUnit.Percent));
            await db.SaveChangesAsync();
        }

        return request.Id;
    }

    private static ReportedValue Value(Submission s, string key, decimal value, MeasureUnit unit) => new()
    {
        SubmissionId = s.Id, RequestId = s.RequestId, UnitId = s.UnitId, IndicatorKey = key, Kind = ValueKind.Actual, Value = value,
        MeasureUnit = unit, Evidence = "số liệu", SpanStart = 0, SpanEnd = 5, Confidence = 0.9,
    };
}
