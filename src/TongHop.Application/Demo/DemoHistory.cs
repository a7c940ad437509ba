using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Synthesis.Drafting;

namespace TongHop.Application.Demo;

/// <summary>
/// The demo province's earlier requests, so that trends show at first start: the same nine months a year earlier (what the
/// demo request is compared with, "so với cùng kỳ") and the first two quarters of 2025 (the second compared with the first,
/// "so với quý trước"). Each is closed, every unit that answers the demo request answered it (Đặc khu Lý Sơn too, a year
/// earlier), and the leader accepted the reports. Their figures are the demo request's, moved back by a fixed draw per unit
/// and period: counts lower by up to a quarter, percents lower by 1 to 8 points, and a quarter's flows (money spent, meetings,
/// people trained) about a third of nine months'. They are short tables of figures, not read by the pipeline: the demo's
/// reading is shown on the demo request itself.
/// </summary>
internal static class DemoHistory
{
    private sealed record Period(string Label, DateOnly From, DateOnly To, string File, bool Quarter);

    private static readonly Period[] Periods =
    [
        new("9 tháng đầu năm 2024", new(2024, 1, 1), new(2024, 9, 30), "bao-cao-9-thang-2024", Quarter: false),
        new("Quý I năm 2025", new(2025, 1, 1), new(2025, 3, 31), "bao-cao-quy-1-2025", Quarter: true),
        new("Quý II năm 2025", new(2025, 4, 1), new(2025, 6, 30), "bao-cao-quy-2-2025", Quarter: true),
    ];

    // Figures that add up over a period rather than stand at its end.
    private static readonly HashSet<string> Flows = ["budget_spent", "online_meetings", "digital_literacy_participants", "online_fee_amount"];

    public static async Task SeedAsync(TongHopDbContext db, OriginalStore originals, ReportRequest current, List<OrgUnit> units, CancellationToken cancellationToken)
    {
        var names = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Key, i => i.Name, cancellationToken);
        var now = await db.Values.AsNoTracking().Where(v => v.RequestId == current.Id && v.Kind == ValueKind.Actual).ToListAsync(cancellationToken);
        var byUnit = now.GroupBy(v => v.UnitId).ToDictionary(g => g.Key, g => g.GroupBy(v => v.IndicatorKey).Select(k => k.OrderByDescending(v => v.Confidence).First()).ToList());
        // Lý Sơn sent nothing this time; a year earlier it answered with the figures of its neighbour.
        var stand = units.ToDictionary(u => u.Id, u => byUnit.GetValueOrDefault(u.Id) ?? byUnit.GetValueOrDefault(units[0].Id) ?? []);
        for (var p = 0; p < Periods.Length; p++)
        {
            var period = Periods[p];
            var takesPart = units.Where(u => period.From.Year < 2025 || byUnit.ContainsKey(u.Id)).ToList();
            var deadline = Deadline.FromLocal(period.To.AddDays(10).ToDateTime(new TimeOnly(16, 0))).Utc;
            var request = new ReportRequest
            {
                Title = $"Báo cáo kết quả khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số {char.ToLower(period.Label[0], CultureInfo.GetCultureInfo("vi-VN")) + period.Label[1..]}",
                PeriodLabel = period.Label, PeriodFrom = period.From, PeriodTo = period.To, DeadlineUtc = deadline,
                CreatedAtUtc = deadline.AddDays(-20), CreatedBy = "admin", ClosedAtUtc = deadline.AddDays(5),
                Recipients = takesPart.Select(u => new RequestRecipient { UnitId = u.Id }).ToList(),
            };
            DemoProvince.Sign(request, $"{210 + (37 * p)}/BC-SKHCN"); // issued: each had its number
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            for (var i = 0; i < takesPart.Count; i++)
            {
                var unit = takesPart[i];
                var random = new Random((p * 100) + units.IndexOf(unit));
                var values = stand[unit.Id].Select(v => Earlier(v, random, period.Quarter)).ToList();
                await SubmitAsync(db, originals, request, unit, period, values, names, deadline.AddHours(-20 - (7 * i)), cancellationToken);
            }
        }
    }

    private sealed record Figure(string Key, MeasureUnit Unit, decimal Value, decimal? Numerator, decimal? Denominator);

    // The figure in the earlier period (see the class summary).
    private static Figure Earlier(ReportedValue now, Random random, bool quarter)
    {
        var share = quarter && Flows.Contains(now.IndicatorKey) ? 0.33m : 1m;
        if (now is { Numerator: { } num, Denominator: { } den } && den > 0)
        {
            var earlierNum = Math.Floor(num * (0.85m + (random.Next(0, 14) / 100m)));
            return new(now.IndicatorKey, now.MeasureUnit, Math.Round(earlierNum * 100 / den, 1), earlierNum, den);
        }

        var moved = now.Value * share * (0.75m + (random.Next(0, 26) / 100m));
        var value = now.MeasureUnit switch
        {
            MeasureUnit.Percent => Math.Max(0, now.Value - random.Next(1, 9)),
            MeasureUnit.Vnd => Math.Round(moved / 1_000_000m) * 1_000_000m,
            _ => Math.Round(moved, now.Value == Math.Floor(now.Value) ? 0 : 1),
        };
        return new(now.IndicatorKey, now.MeasureUnit, value, null, null);
    }

    private static async Task SubmitAsync(
        TongHopDbContext db, OriginalStore originals, ReportRequest request, OrgUnit unit, Period period, List<Figure> figures, Dictionary<string, string> names, DateTime received,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder($"{unit.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}\nBÁO CÁO\nSố liệu khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số {char.ToLower(period.Label[0], CultureInfo.GetCultureInfo("vi-VN")) + period.Label[1..]}\n");
        var lines = new List<(Figure Figure, int Start, int End)>();
        foreach (var f in figures)
        {
            var line = $"- {names.GetValueOrDefault(f.Key, f.Key)}: {QuantityText.Of(f.Value, f.Unit)}";
            lines.Add((f, text.Length, text.Length + line.Length));
            text.Append(line).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var saved = await originals.SaveAsync(new MemoryStream(bytes), cancellationToken);
        if (!await db.Files.AnyAsync(f => f.Sha256 == saved.Sha256, cancellationToken))
        {
            db.Files.Add(new StoredFile { Sha256 = saved.Sha256!, Size = saved.Size, StoredAtUtc = received });
        }

        var fileName = $"{period.File}-{unit.Code.ToLowerInvariant()}.txt";
        var submission = new Submission
        {
            RequestId = request.Id, UnitId = unit.Id, Version = 1, ReceivedAtUtc = received, FileSha256 = saved.Sha256!, FileName = fileName, UploadedBy = "demo",
            State = ProcessingState.Done, ProcessedAtUtc = received, Review = SubmissionReview.Accepted, RestoredText = text.ToString(), ExtractionJson = "{\"indicators\":[]}",
        };
        submission.Files.Add(new SubmissionFile { Role = SubmissionFileRole.Main, FileSha256 = saved.Sha256!, FileName = fileName, Size = saved.Size });
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        db.Values.AddRange(lines.Select(l => new ReportedValue
        {
            SubmissionId = submission.Id, RequestId = request.Id, UnitId = unit.Id, IndicatorKey = l.Figure.Key, Kind = ValueKind.Actual, Value = l.Figure.Value,
            MeasureUnit = l.Figure.Unit, Numerator = l.Figure.Numerator, Denominator = l.Figure.Denominator, Qualifier = Qualifier.Exact,
            Evidence = text.ToString(l.Start, l.End - l.Start), SpanStart = l.Start, SpanEnd = l.End, Confidence = 1, Review = ReviewState.Confirmed,
            ReviewedBy = "lanhdao", ReviewedAtUtc = received.AddDays(3),
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
