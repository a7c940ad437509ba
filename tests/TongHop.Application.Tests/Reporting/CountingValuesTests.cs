using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Reporting;
using TongHop.Application.Tests.Support;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Application.Tests.Reporting;

/// <summary>
/// "Which value counts" (<see cref="CountingRule"/>) on both databases: the one query, and the table, figures and
/// synthesis that read it, give what the rule stated over the stored rows gives, on a province made to trip every part
/// of it (older and newer reports, failed and queued re-submissions, reviews, rejections, corrections, ties).
/// </summary>
public sealed class CountingValuesTests
{
    private const string Count = "bts_stations";
    private const string Rate = "online_dossier_rate";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Query_GivesWhatTheRuleGivesOverTheStoredRows(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await AppServices.BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var province = await Province.SeedAsync(db);

        var counted = await CountingValues.OfRequestAsync(db, province.Request.Id);
        var expected = await ByTheRuleAsync(db, province.Request.Id);
        Assert.Equal(expected.OrderBy(v => v.Id).Select(Shape), counted.OrderBy(v => v.Id).Select(Shape));

        // And the cases the province was made for, stated one by one.
        Assert.Equal(province.ConfirmedOverConfident, Pick(counted, province.Newer, Count, ValueKind.Actual).Id);
        Assert.Equal(province.FirstOfATie, Pick(counted, province.Newer, Count, ValueKind.Target).Id);
        Assert.Equal(province.NotTheRejected, Pick(counted, province.Newer, Rate, ValueKind.Actual).Id);
        var corrected = Pick(counted, province.Corrected, Count, ValueKind.Actual);
        Assert.Equal((41m, true), (corrected.Value, corrected.Reviewed));
        Assert.DoesNotContain(counted, v => v.UnitId == province.OnlyFailed.Id || v.UnitId == province.AllRejected.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TableFiguresAndSynthesis_ReadTheCountingValues(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await AppServices.BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var province = await Province.SeedAsync(db);
        var expected = (await ByTheRuleAsync(db, province.Request.Id)).Where(v => v.Kind == ValueKind.Actual).ToList();
        var queries = scope.ServiceProvider.GetRequiredService<ReportingQueries>();

        var table = (await queries.TableAsync(province.Request.Id))!;
        foreach (var unit in table.Units)
        {
            Assert.Equal(expected.SingleOrDefault(v => v.UnitId == unit.Id && v.IndicatorKey == Count)?.EffectiveValue, table.ValueAt(unit.Id, Count));
        }

        var figures = (await queries.FiguresAsync(province.Request.Id))!;
        var bts = figures.Figures.Single(f => f.Indicator.Key == Count).Actual;
        Assert.Equal(expected.Where(v => v.IndicatorKey == Count).Sum(v => v.EffectiveValue), bts.Value);

        var synthesis = (await scope.ServiceProvider.GetRequiredService<SynthesisLoader>().LoadAsync(province.Request.Id))!;
        var loaded = synthesis.Input.Units.SelectMany(u => u.Values.Where(v => v.Kind == ValueKind.Actual).Select(v => (u.Id, v.IndicatorKey, v.Value, v.Evidence)));
        Assert.Equal(
            expected.Select(v => (v.UnitId, v.IndicatorKey, v.EffectiveValue!.Value, v.Evidence)).Order(),
            loaded.Order());
    }

    // The rule, stated over every stored row: the latest processed submission of each unit, no rejected value, then
    // the reviewed, the most confident, the first read.
    private static async Task<List<ReportedValue>> ByTheRuleAsync(TongHopDbContext db, int requestId)
    {
        var latest = (await db.Submissions.AsNoTracking().Where(s => s.RequestId == requestId).ToListAsync())
            .Where(s => s.State == ProcessingState.Done).GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.Max(s => s.Id));
        var values = await db.Values.AsNoTracking().Where(v => v.RequestId == requestId).ToListAsync();
        return values.Where(v => latest.GetValueOrDefault(v.UnitId) == v.SubmissionId && v.Review != ReviewState.Rejected)
            .GroupBy(v => (v.UnitId, v.IndicatorKey, v.Kind))
            .Select(g => CountingRule.Best(g, v => v.Review != ReviewState.Auto, v => v.Confidence, v => v.Id)!)
            .ToList();
    }

    private static object Shape(ReportedValue v) => (v.Id, v.UnitId, v.IndicatorKey, v.Kind, v.EffectiveValue, v.Numerator, v.Denominator, v.Review != ReviewState.Auto, v.Confidence);

    private static object Shape(CountingValue v) => (v.Id, v.UnitId, v.IndicatorKey, v.Kind, v.Value, v.Numerator, v.Denominator, v.Reviewed, v.Confidence);

    private static CountingValue Pick(List<CountingValue> values, OrgUnit unit, string key, ValueKind kind) =>
        Assert.Single(values, v => v.UnitId == unit.Id && v.IndicatorKey == key && v.Kind == kind);

    private sealed record Province(
        ReportRequest Request, OrgUnit Newer, OrgUnit Corrected, OrgUnit OnlyFailed, OrgUnit AllRejected,
        long ConfirmedOverConfident, long FirstOfATie, long NotTheRejected)
    {
        public static async Task<Province> SeedAsync(TongHopDbContext db)
        {
            var units = Enumerable.Range(1, 5).Select(i => new OrgUnit { Code = $"DV-{i}", Name = $"Xã Thử {i}", Kind = OrgUnitKind.Commune }).ToList();
            var request = new ReportRequest
            {
                Title = "Báo cáo quý III", PeriodLabel = "Quý III năm 2025", DeadlineUtc = new DateTime(2025, 10, 5, 9, 0, 0, DateTimeKind.Utc),
                CreatedAtUtc = new DateTime(2025, 9, 20, 1, 0, 0, DateTimeKind.Utc), Recipients = [.. units.Select(u => new RequestRecipient { Unit = u })],
            };
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            var (newer, corrected, onlyFailed, allRejected, silent) = (units[0], units[1], units[2], units[3], units[4]);

            // Unit 1: an older processed report (its values never count), the latest processed one, a newer failed one.
            var old = await SubmitAsync(db, request, newer, ProcessingState.Done);
            await ValuesAsync(db, old, (Count, ValueKind.Actual, 99, ReviewState.Confirmed, 0.99));
            var latest = await SubmitAsync(db, request, newer, ProcessingState.Done);
            // Reviewed over more confident; of two alike the first read; never the rejected one.
            var read = await ValuesAsync(db, latest,
                (Count, ValueKind.Actual, 12, ReviewState.Auto, 0.95),
                (Count, ValueKind.Actual, 13, ReviewState.Confirmed, 0.40),
                (Count, ValueKind.Target, 20, ReviewState.Auto, 0.60),
                (Count, ValueKind.Target, 21, ReviewState.Auto, 0.60),
                (Rate, ValueKind.Actual, 88, ReviewState.Rejected, 0.99),
                (Rate, ValueKind.Actual, 65.5m, ReviewState.Auto, 0.50));
            await SubmitAsync(db, request, newer, ProcessingState.Failed);

            // Unit 2: a processed report with a correction, and a re-submission still queued.
            var processed = await SubmitAsync(db, request, corrected, ProcessingState.Done);
            var fix = (await ValuesAsync(db, processed, (Count, ValueKind.Actual, 40, ReviewState.Auto, 0.70), (Rate, ValueKind.Actual, 50, ReviewState.Auto, 0.30)))[0];
            await db.Values.Where(v => v.Id == fix).ExecuteUpdateAsync(s => s.SetProperty(v => v.Review, ReviewState.Corrected).SetProperty(v => v.CorrectedValue, 41m));
            await SubmitAsync(db, request, corrected, ProcessingState.Queued);

            // Unit 3: only a failed report; unit 4: every value rejected; unit 5: nothing sent.
            await SubmitAsync(db, request, onlyFailed, ProcessingState.Failed);
            var rejectedAll = await SubmitAsync(db, request, allRejected, ProcessingState.Done);
            await ValuesAsync(db, rejectedAll, (Count, ValueKind.Actual, 7, ReviewState.Rejected, 0.9));
            _ = silent;
            return new Province(request, newer, corrected, onlyFailed, allRejected, read[1], read[2], read[5]);
        }

        private static async Task<Submission> SubmitAsync(TongHopDbContext db, ReportRequest request, OrgUnit unit, ProcessingState state)
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
            db.Files.Add(new StoredFile { Sha256 = sha, Size = 10, StoredAtUtc = request.CreatedAtUtc });
            var version = await db.Submissions.CountAsync(s => s.UnitId == unit.Id) + 1;
            var submission = new Submission
            {
                RequestId = request.Id, UnitId = unit.Id, Version = version, ReceivedAtUtc = request.DeadlineUtc.AddHours(-version), FileSha256 = sha,
                FileName = $"bao-cao-{version}.txt", State = state, RestoredText = "Báo cáo.", ExtractionJson = null,
            };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission;
        }

        // Saved one by one, so the ids follow the reading order.
        private static async Task<List<long>> ValuesAsync(
            TongHopDbContext db, Submission s, params (string Key, ValueKind Kind, decimal Value, ReviewState Review, double Confidence)[] values)
        {
            var ids = new List<long>();
            foreach (var (key, kind, value, review, confidence) in values)
            {
                var row = new ReportedValue
                {
                    SubmissionId = s.Id, RequestId = s.RequestId, UnitId = s.UnitId, IndicatorKey = key, Kind = kind, Value = value,
                    MeasureUnit = key == Rate ? MeasureUnit.Percent : MeasureUnit.Count, Review = review, Confidence = confidence,
                    Evidence = $"Câu {s.Id}-{ids.Count}: {key} {value}",
                };
                db.Values.Add(row);
                await db.SaveChangesAsync();
                ids.Add(row.Id);
            }

            return ids;
        }
    }
}
