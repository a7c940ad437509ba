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

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnitsTable_ComparesEachUnitWithItsEarlierValues_OnThePageAndInTheXlsx(string provider)
    {
        var world = await World.CreateAsync(provider);
        // Quarters of 2036 and 2035, which no other test uses. Unit A: BTS 12, previous quarter 10 (+2, +20%), a year ago 16 (−4, −25%);
        // 4G coverage 90%, previous 80% (+10 points), a year ago 60% (+30 points). Unit B: BTS 8, previous 5 (+3, +60%), nothing a year ago.
        await SeedQuarterAsync(world, 2035, 3, [("A", 16, 60)]);
        await SeedQuarterAsync(world, 2036, 2, [("A", 10, 80), ("B", 5, 70)]);
        var current = await SeedQuarterAsync(world, 2036, 3, [("A", 12, 90), ("B", 8, 80)]);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);

        var html = System.Net.WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{current}/Table", UriKind.Relative)));
        Assert.Contains("class=\"sortable show-prev\"", html, StringComparison.Ordinal);
        Assert.Contains("Kỳ trước (Quý II năm 2036)", html, StringComparison.Ordinal);
        Assert.Contains("Cùng kỳ năm trước (Quý III năm 2035)", html, StringComparison.Ordinal);
        var rowA = RowOf(html, world.UnitA.Name);
        Assert.Contains(">+2 (+20%)<", rowA, StringComparison.Ordinal);
        Assert.Contains(">-4 (-25%)<", rowA, StringComparison.Ordinal);
        Assert.Contains(">+10 điểm %<", rowA, StringComparison.Ordinal);
        Assert.Contains(">+30 điểm %<", rowA, StringComparison.Ordinal);
        var rowB = RowOf(html, world.UnitB.Name);
        Assert.Contains(">+3 (+60%)<", rowB, StringComparison.Ordinal);

        var response = await reviewer.GetAsync($"/Requests/{current}/Table?handler=Export&format=xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        var header = Cells(rows[0]);
        var a = Cells(rows.Single(r => Cells(r).ContainsValue(world.UnitA.Code)));
        var b = Cells(rows.Single(r => Cells(r).ContainsValue(world.UnitB.Code)));
        var bts = header.Single(h => h.Value.Contains("BTS", StringComparison.Ordinal) && h.Value.EndsWith("(số lượng)", StringComparison.Ordinal) && !h.Value.Contains(':', StringComparison.Ordinal)).Key;
        var previous = header.Single(h => h.Value.Contains("BTS", StringComparison.Ordinal) && h.Value.EndsWith(": kỳ trước (Quý II năm 2036)", StringComparison.Ordinal)).Key;
        var previousChange = header.Single(h => h.Value.Contains("BTS", StringComparison.Ordinal) && h.Value.EndsWith(": tăng/giảm so với kỳ trước (số lượng)", StringComparison.Ordinal)).Key;
        var yearAgo = header.Single(h => h.Value.Contains("BTS", StringComparison.Ordinal) && h.Value.EndsWith(": cùng kỳ năm trước (Quý III năm 2035)", StringComparison.Ordinal)).Key;
        var yearChange = header.Single(h => h.Value.Contains("BTS", StringComparison.Ordinal) && h.Value.EndsWith(": tăng/giảm so với cùng kỳ (số lượng)", StringComparison.Ordinal)).Key;
        Assert.Equal(("12", "10", "2", "16", "-4"), (a[bts], a[previous], a[previousChange], a[yearAgo], a[yearChange]));
        Assert.Equal(("8", "5", "3"), (b[bts], b[previous], b[previousChange]));
        Assert.False(b.ContainsKey(yearAgo) && b[yearAgo].Length > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dashboard_RemindButton_OnlyForUnitsThatOweAReport(string provider)
    {
        var world = await World.CreateAsync(provider);
        // Unit A reported late (listed, not to be reminded); unit B sent nothing (to be reminded).
        var request = await SeedQuarterAsync(world, 2037, 2, [("A", 3, 50)]);
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            var r = await db.Requests.FindAsync(request);
            var submission = db.Submissions.Single(s => s.RequestId == request);
            submission.ReceivedAtUtc = r!.DeadlineUtc.AddDays(2);
            foreach (var unit in db.Units.Where(u => u.Id == world.UnitA.Id || u.Id == world.UnitB.Id))
            {
                unit.ContactEmail = unit.Code.ToLowerInvariant() + "@example.vn";
            }

            await db.SaveChangesAsync();
        }

        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var html = System.Net.WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{request}", UriKind.Relative)));
        Assert.Contains(world.UnitA.Name, RowOf(html, world.UnitA.Name), StringComparison.Ordinal);
        Assert.DoesNotContain("remind-one", RowOf(html, world.UnitA.Name), StringComparison.Ordinal);
        Assert.Contains($"name=\"unitId\" value=\"{world.UnitB.Id}\"", RowOf(html, world.UnitB.Name), StringComparison.Ordinal);
    }

    // The table rows (<tr>…</tr>) that name the unit in their first cell, joined; fails when there is none.
    private static string RowOf(string html, string unit)
    {
        var rows = html.Split("<tr>").Select(r => r.Split("</tr>")[0]).Where(r => r.Contains("<td>" + unit + "</td>", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        return string.Join("\n", rows);
    }

    // A worksheet row's cells by position (the writer writes every cell, empty ones too), text as written.
    private static Dictionary<int, string> Cells(DocumentFormat.OpenXml.Spreadsheet.Row row) =>
        row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select((c, i) => (c, i)).ToDictionary(p => p.i, p => p.c.InnerText);

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
