using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application;
using TongHop.Application.Reporting;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage;
using TongHop.Storage.Catalog;
using TongHop.Storage.Entities;

namespace TongHop.Benchmarks;

/// <summary>
/// The province's synthesis end to end for a request to many units (default 120) in SQLite: load from the
/// database, draft, write the DOCX with its charts and the XLSX. The synthetic units each report every
/// catalog indicator and have results, difficulties and proposals sections, as the drafting reads them.
/// </summary>
internal static class SynthesisBenchmark
{
    private static readonly string[] Difficulties =
    [
        "Kinh phí bố trí cho chuyển đổi số còn hạn chế, chưa đáp ứng nhu cầu đầu tư trang thiết bị.",
        "Đội ngũ cán bộ phụ trách chuyển đổi số chủ yếu kiêm nhiệm, thiếu chuyên môn.",
        "Một số thôn còn vùng lõm sóng di động, đường truyền Internet chưa ổn định.",
        "Nhận thức của một bộ phận người dân về dịch vụ công trực tuyến còn hạn chế.",
    ];

    private static readonly string[] Proposals =
    [
        "Đề nghị tỉnh bố trí kinh phí hỗ trợ mua sắm thiết bị cho bộ phận một cửa.",
        "Đề nghị tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.",
        "Đề nghị hoàn thiện kết nối, liên thông dữ liệu giữa các phần mềm chuyên ngành.",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var units = args.Length >= 2 && args[0] == "--units" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 120;
        var folder = Directory.CreateTempSubdirectory("tonghop-bench-synthesis-");
        var services = new ServiceCollection().AddLogging().AddTongHopApplication(ApplicationOptions.From(StorageOptions.For(folder.FullName, null))).BuildServiceProvider();
        int requestId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            await db.Database.MigrateAsync();
            await CatalogImporter.ImportAsync(db, IndicatorCatalog.Default);

            requestId = await SeedAsync(db, units);
        }

        var timings = new List<(double Load, double Docx, double Xlsx)>();
        var cpu = new List<double>();
        long docxBytes = 0, xlsxBytes = 0;
        for (var run = 0; run < 6; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var synthesis = (await scope.ServiceProvider.GetRequiredService<SynthesisLoader>().LoadAsync(requestId))!;
            var load = clock.Elapsed.TotalSeconds;
            docxBytes = synthesis.ToDocx().Length;
            var docx = clock.Elapsed.TotalSeconds;
            xlsxBytes = synthesis.ToXlsx().Length;
            timings.Add((load, docx - load, clock.Elapsed.TotalSeconds - docx));
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        // The first run pays for JIT and the chart font; it is reported apart.
        var warm = timings.Skip(1).OrderBy(t => t.Load + t.Docx + t.Xlsx).ToList();
        var median = warm[warm.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthesize: {units} units, first run {Total(timings[0]):0.00} s, then median {Total(median):0.00} s " +
            $"(load {median.Load:0.00} + draft and DOCX {median.Docx:0.00} + XLSX {median.Xlsx:0.00}), max {Total(warm[^1]):0.00} s over {warm.Count} runs; " +
            $"CPU time per run (median) {cpu.Skip(1).Order().ElementAt(warm.Count / 2):0.00} s; " +
            $"DOCX {docxBytes / 1024} KiB with charts, XLSX {xlsxBytes / 1024} KiB; {Environment.ProcessorCount} cores"));
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
        return 0;
    }

    private static double Total((double Load, double Docx, double Xlsx) t) => t.Load + t.Docx + t.Xlsx;

    private static async Task<int> SeedAsync(TongHopDbContext db, int count)
    {
        var random = new Random(2025);
        var deadline = new DateTime(2025, 9, 25, 9, 0, 0, DateTimeKind.Utc);
        var units = Enumerable.Range(1, count).Select(i => new OrgUnit { Code = $"XA-{i:000}", Name = $"Xã Thử Nghiệm {i:000}", Kind = OrgUnitKind.Commune }).ToList();
        var request = new ReportRequest
        {
            Title = "Báo cáo kết quả chuyển đổi số 9 tháng đầu năm 2025", PeriodLabel = "9 tháng đầu năm 2025", DispatchNumber = "1575/SKHCN-QLCN",
            DeadlineUtc = deadline, CreatedAtUtc = deadline.AddDays(-15), Recipients = units.Select(u => new RequestRecipient { Unit = u }).ToList(),
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        var indicators = await db.Indicators.ToListAsync();
        foreach (var unit in units.Where(_ => random.Next(10) > 0))
        {
            var (text, json) = Report(unit, random);
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            db.Files.Add(new StoredFile { Sha256 = sha, Size = text.Length, StoredAtUtc = deadline });
            var submission = new Submission
            {
                RequestId = request.Id, UnitId = unit.Id, Version = 1, ReceivedAtUtc = deadline.AddHours(random.Next(-96, 24)), FileSha256 = sha,
                FileName = unit.Code + ".docx", State = ProcessingState.Done, RestoredText = text, ExtractionJson = json,
            };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            db.Values.AddRange(indicators.Select(i => Value(submission, i, random)));
        }

        await db.SaveChangesAsync();
        return request.Id;
    }

    private static ReportedValue Value(Submission submission, IndicatorRecord indicator, Random random)
    {
        var percent = indicator.Unit == MeasureUnit.Percent;
        decimal? denominator = percent ? random.Next(300, 1500) : null;
        decimal? numerator = denominator is { } d ? Math.Floor(d * random.Next(55, 100) / 100) : null;
        var value = numerator is { } n ? Math.Round(n * 100 / denominator!.Value, 1) : random.Next(5, 5000);
        return new ReportedValue
        {
            SubmissionId = submission.Id, RequestId = submission.RequestId, UnitId = submission.UnitId, IndicatorKey = indicator.Key, Kind = ValueKind.Actual,
            Value = value, MeasureUnit = indicator.Unit, Numerator = numerator, Denominator = denominator,
            Evidence = $"{indicator.Name}: {value.ToString(CultureInfo.InvariantCulture)}", Confidence = 0.5 + (random.NextDouble() / 2),
            Review = random.Next(4) == 0 ? ReviewState.Confirmed : ReviewState.Auto,
        };
    }

    // A report text with three sections and the extract-contract JSON that points into it.
    private static (string Text, string Json) Report(OrgUnit unit, Random random)
    {
        var text = new StringBuilder($"UBND {unit.Name.ToUpperInvariant()}\nSố: {random.Next(100, 400)}/BC-UBND\n\n");
        var sections = new List<string>();
        void Section(string number, string title, IEnumerable<string> sentences)
        {
            var start = text.Length;
            text.Append(number).Append(' ').Append(title).Append('\n');
            foreach (var s in sentences)
            {
                text.Append("- ").Append(s).Append('\n');
            }

            sections.Add($$"""{"number":"{{number}}","title":"{{title}}","level":1,"span":[{{start}},{{text.Length}}],"children":[]}""");
        }

        Section("I.", "KẾT QUẢ THỰC HIỆN", ["Đã triển khai thí điểm mô hình “Chợ số” tại chợ trung tâm của xã."]);
        Section("II.", "TỒN TẠI, HẠN CHẾ", Difficulties.OrderBy(_ => random.Next()).Take(2));
        Section("III.", "ĐỀ XUẤT, KIẾN NGHỊ", Proposals.OrderBy(_ => random.Next()).Take(2));
        var number = text.ToString().Split('\n')[1]["Số: ".Length..];
        var json = $$"""{"document":{"number":"{{number}}","date":"2025-09-{{random.Next(15, 28)}}"},"sections":[{{string.Join(",", sections)}}]}""";
        return (text.ToString(), json);
    }
}
