using System.Diagnostics;
using System.Globalization;
using TongHop.Application.Demo;
using TongHop.Search.Indexing;
using TongHop.Search.Querying;
using TongHop.Storage.Entities;
using TongHop.Text.Normalization;

namespace TongHop.Benchmarks;

/// <summary>
/// Search at national scale for a year: synthetic reports from the demo report writer's templates (3,321 communes
/// and departments × ~12 monthly requests; every 10th report without diacritics, as English OCR leaves them; one
/// extra sentence per report from a small pool so that queries are selective) are indexed into a fresh folder
/// (documents/s, commits included), then a few hundred mixed queries run (folded, exact, phrase, prefix, filtered,
/// reporter-scoped, citation), each reading 20 hits with snippets: p50/p95/p99 latency. Generation is not timed.
/// </summary>
internal static class SearchThroughput
{
    private const int Units = 3321;

    private static readonly string[] Extra =
    [
        "Đảng ủy xã chỉ đạo đẩy mạnh tuyên truyền cài đặt ứng dụng VNeID cho người dân.",
        "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm máy tính cho bộ phận một cửa.",
        "Tổ công nghệ số cộng đồng hướng dẫn người dân thanh toán không dùng tiền mặt.",
        "Hạ tầng mạng tại các thôn vùng cao còn chập chờn, cần bổ sung trạm BTS.",
        "Cán bộ chuyên trách công nghệ thông tin còn thiếu, chưa được đào tạo bài bản.",
        "Đã triển khai camera giám sát an ninh trật tự tại các tuyến đường chính.",
    ];

    private static readonly string[] Queries =
    [
        "dang uy", "may tinh", "chuyen doi so", "vneid", "dich vu cong truc tuyen", "Đảng ủy", "máy tính", "Tổ công nghệ số cộng đồng",
        "camera giám sát", "\"chuyển đổi số\"", "\"ho so truc tuyen\"", "\"ký số\"", "\"tram BTS\"", "công ngh*", "truc tuy*", "điện t*",
        "VNeID unit:XA-01234", "may tinh request:3", "chuyển đổi số type:\"báo cáo\"", "camera period:\"tháng 6\"", "02-KH/BCĐTW", "57/NQ-TW",
        "1575 SKHCN QLCN", "thanh toan khong dung tien mat", "cán bộ chuyên trách",
    ];

    public static int Run(string[] args)
    {
        var count = args.Length > 1 && args[0] == "--documents" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40_000;
        var folder = Path.Combine(Path.GetTempPath(), "tonghop-search-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var generated = Stopwatch.StartNew();
            var documents = Enumerable.Range(0, count).Select(Document).ToList();
            Console.WriteLine($"generated {count} reports in {generated.Elapsed.TotalSeconds:0.0} s, mean {documents.Average(d => d.Text.Length):0} chars");
            using var index = SearchIndex.Open(folder);
            var indexing = Stopwatch.StartNew();
            foreach (var batch in documents.Chunk(5_000))
            {
                index.Put(batch);
                index.Commit(batch[^1].ProcessedAtUtc);
            }

            indexing.Stop();
            Console.WriteLine($"indexed {index.Count} reports in {indexing.Elapsed.TotalSeconds:0.0} s = {count / indexing.Elapsed.TotalSeconds:0} documents/s " +
                              $"(index {FolderBytes(folder) / 1e6:0} MB)");
            documents.Clear();
            RunQueries(index);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void RunQueries(SearchIndex index)
    {
        var random = new Random(7);
        var runs = Enumerable.Range(0, 400).Select(i => (Query: Queries[i % Queries.Length], Scope: i % 5 == 4 ? SearchScope.OfUnit(1 + random.Next(Units)) : SearchScope.All)).ToList();
        foreach (var q in Queries)
        {
            TextSearch.Run(index, Parse(q), SearchScope.All); // warm-up: JIT, file cache
        }

        var times = new List<double>();
        var byQuery = new Dictionary<string, double>();
        long hits = 0;
        foreach (var (query, scope) in runs)
        {
            var clock = Stopwatch.StartNew();
            var result = TextSearch.Run(index, Parse(query), scope, limit: 20);
            times.Add(clock.Elapsed.TotalMilliseconds);
            byQuery[query] = byQuery.GetValueOrDefault(query) + clock.Elapsed.TotalMilliseconds;
            hits += result.Total;
        }

        var slowest = byQuery.OrderByDescending(kv => kv.Value).Take(3).Select(kv => $"{kv.Key} {kv.Value * Queries.Length / runs.Count:0.0} ms");
        Console.WriteLine("slowest kinds (mean): " + string.Join(", ", slowest));

        times.Sort();
        Console.WriteLine($"queries: {times.Count} ({Queries.Length} kinds, every 5th reporter-scoped), 20 hits with snippets each, mean {hits / times.Count} matches: " +
                          $"p50 {Percentile(times, 50):0.0} ms, p95 {Percentile(times, 95):0.0} ms, p99 {Percentile(times, 99):0.0} ms, max {times[^1]:0.0} ms");
    }

    private static SearchQuery Parse(string text) =>
        SearchQuery.TryParse(text, null, out var q, out var error) ? q : throw new InvalidOperationException(error);

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    private static SearchDocument Document(int i)
    {
        var unitIndex = i % Units;
        var month = 1 + i / Units % 12;
        var department = unitIndex % 10 == 9;
        var code = (department ? "SO-" : "XA-") + unitIndex.ToString("00000", CultureInfo.InvariantCulture);
        var name = (department ? "Sở số " : "Xã ") + Name(unitIndex);
        var unit = new DemoUnit(code, name, department ? OrgUnitKind.Department : OrgUnitKind.Commune, (department ? "" : "UBND ") + name, department ? "SKH" : "UBND",
            "Cán bộ", "0255 000 000", department ? "department" : "commune", "Người ký", 0);
        var report = DemoReportWriter.Write(unit, i, new DateOnly(2025, month, 20));
        var text = report.Text + Extra[i % Extra.Length] + "\n";
        var processed = new DateTime(2025, month, 25, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i);
        var header = new ReportHeader(
            i + 1, 1, unitIndex + 1, code, name, month, $"Báo cáo tháng {month}/2025", $"tháng {month} năm 2025", "Báo cáo",
            (100 + (i % 300)).ToString(CultureInfo.InvariantCulture) + "/BC-UBND", new DateOnly(2025, month, 20));
        return new SearchDocument(header, processed, ["1575/SKHCN-QLCN", "57-NQ/TW", "02-KH/BCĐTW"], i % 10 == 3 ? VietnameseText.Fold(text) : text);
    }

    private static readonly string[] Syllables = ["An", "Bình", "Cẩm", "Đức", "Hòa", "Lộc", "Minh", "Nghĩa", "Phong", "Sơn", "Tân", "Thành", "Tịnh", "Trà", "Vĩnh", "Xuân"];

    private static string Name(int i) => $"{Syllables[i % 16]} {Syllables[i / 16 % 16]} {i / 256 + 1}";

    private static long FolderBytes(string folder) => new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
}
