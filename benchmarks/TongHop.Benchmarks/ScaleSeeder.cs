using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using TongHop.Storage.Files;

namespace TongHop.Benchmarks;

/// <summary>
/// <c>seed-scale --postgres CONN [--units 3321] [--periods 8] [--data DIR] [--seed 57]</c>: fills an EMPTY, migrated
/// TongHop PostgreSQL database (run <c>tonghop admin create-user … --postgres CONN</c> first: it migrates and loads the
/// catalog) with national-scale data: 34 provinces and cities, each with three departments and its communes, wards and
/// special zones (<c>--units</c> reporting units in all, a few closed mid-way), one request per period (quarters back from
/// Q4/2025) sent to every unit, submissions (on time, late, re-submitted, missing) and an indicator value for nearly
/// every catalog indicator of every processed version, some of them confirmed, corrected or rejected. Rows go in by
/// binary COPY. All submissions point at one stored synthetic original (written under <c>--data</c>) so the file
/// constraint holds; the benchmark reads no originals.
/// </summary>
internal static class ScaleSeeder
{
    private static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private sealed record Indicator(string Key, string Unit, bool IsRatio);

    private sealed record SeedUnit(int Id, string Code, string Name, string Kind, int? ParentId, DateOnly? ClosedOn);

    private sealed record SeedRequest(int Id, string Label, DateOnly From, DateOnly To, DateTime DeadlineUtc);

    public static async Task<int> RunAsync(string[] args)
    {
        string? connection = null;
        int units = 3321, periods = 8, seed = 57;
        var data = "data-scale";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--postgres" when i + 1 < args.Length: connection = args[++i]; break;
                case "--units" when i + 1 < args.Length && int.TryParse(args[i + 1], out var u) && u >= 34 * 4: units = u; i++; break;
                case "--periods" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p is >= 1 and <= 40: periods = p; i++; break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out var s): seed = s; i++; break;
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                default:
                    Console.Error.WriteLine($"seed-scale: unknown or invalid argument '{args[i]}'");
                    return 2;
            }
        }

        if (connection is null)
        {
            Console.Error.WriteLine("usage: TongHop.Benchmarks seed-scale --postgres CONN [--units 3321] [--periods 8] [--data DIR] [--seed 57]");
            return 2;
        }

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var indicators = await IndicatorsAsync(db);
        if (indicators.Count == 0 || await ScalarAsync(db, """SELECT count(*) FROM "Units" """) > 0)
        {
            Console.Error.WriteLine("seed-scale: the database must be migrated (catalog loaded) and hold no units; run 'tonghop admin create-user … --postgres CONN' on a new database first");
            return 3;
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var original = await new OriginalStore(Path.Combine(data, "originals")).SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(
            "BÁO CÁO kết quả KH, CN, ĐMST và CĐS (báo cáo tổng hợp giả lập dùng cho đo tải)\n")));
        if (!original.Succeeded)
        {
            Console.Error.WriteLine($"seed-scale: cannot store the synthetic original: {original.Error}");
            return 3;
        }

        var tree = Tree(units, random);
        var requests = Requests(periods);
        await CopyUnitsAsync(db, tree);
        await CopyRequestsAsync(db, requests, tree);
        var (submissions, values) = await CopySubmissionsAndValuesAsync(db, requests, tree, indicators, original, random);
        foreach (var table in new[] { "Units", "Requests", "Submissions", "Values" })
        {
            await ExecuteAsync(db, $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT max("Id") FROM "{table}"))""");
        }

        await ExecuteAsync(db, """UPDATE "DataStamps" SET "Version" = "Version" + 1""");
        await ExecuteAsync(db, "ANALYZE");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {tree.Count} units ({tree.Count(u => u.ParentId is not null)} reporting), {indicators.Count} indicators, {requests.Count} requests, {submissions} submissions, {values} values in {clock.Elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Join(' ', requests.Select(r => r.Id)));
        return 0;
    }

    private static async Task<List<Indicator>> IndicatorsAsync(NpgsqlConnection db)
    {
        var list = new List<Indicator>();
        await using var command = new NpgsqlCommand("""SELECT "Key", "Unit", "IsRatio" FROM "Indicators" ORDER BY "SortOrder" """, db);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(new Indicator(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return list;
    }

    // 34 provinces and cities (roots), each with 3 departments, then communes, wards and special zones in the national
    // proportion (2,621 : 687 : 13) until the reporting units number `count`. About 0.5 % close mid-way (mergers).
    private static List<SeedUnit> Tree(int count, Random random)
    {
        const int Provinces = 34;
        var list = new List<SeedUnit>();
        for (var p = 1; p <= Provinces; p++)
        {
            list.Add(new SeedUnit(p, $"T{p:00}", $"Tỉnh số {p}", "Province", null, null));
        }

        var departments = new[] { "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính" };
        var next = Provinces + 1;
        for (var p = 1; p <= Provinces; p++)
        {
            foreach (var (name, d) in departments.Select((n, d) => (n, d)))
            {
                list.Add(new SeedUnit(next++, $"T{p:00}-S{d + 1}", $"{name} tỉnh số {p}", "Department", p, null));
            }
        }

        var local = count - (Provinces * departments.Length);
        for (var i = 0; i < local; i++)
        {
            var province = (i % Provinces) + 1;
            var share = (double)i / local;
            var (kind, prefix) = share < 687.0 / 3321 ? ("Ward", "Phường") : share < 700.0 / 3321 ? ("SpecialZone", "Đặc khu") : ("Commune", "Xã");
            DateOnly? closed = random.NextDouble() < 0.005 ? new DateOnly(2025, random.Next(1, 13), 1) : null;
            list.Add(new SeedUnit(next++, $"T{province:00}-{kind[0]}{i:0000}", $"{prefix} số {i + 1} tỉnh {province}", kind, province, closed));
        }

        return list;
    }

    // Quarters going back from Q4/2025; deadline the 15th of the next month at 17:00 Vietnam time (10:00 UTC).
    private static List<SeedRequest> Requests(int periods) =>
        Enumerable.Range(0, periods).Select(i =>
        {
            var quarterIndex = (2025 * 4) + 3 - (periods - 1 - i);
            var (year, quarter) = (quarterIndex / 4, (quarterIndex % 4) + 1);
            var from = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
            var to = from.AddMonths(3).AddDays(-1);
            var deadline = to.AddDays(15).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            return new SeedRequest(i + 1, $"Quý {quarter}/{year}", from, to, deadline);
        }).ToList();

    private static async Task CopyUnitsAsync(NpgsqlConnection db, List<SeedUnit> tree)
    {
        await using var writer = await db.BeginBinaryImportAsync(
            """COPY "Units" ("Id", "Code", "Name", "Kind", "ParentId", "ContactName", "ContactPhone", "ContactEmail", "OpenedOn", "ClosedOn") FROM STDIN (FORMAT BINARY)""");
        foreach (var u in tree)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(u.Id, NpgsqlDbType.Integer);
            await writer.WriteAsync(u.Code, NpgsqlDbType.Varchar);
            await writer.WriteAsync(u.Name, NpgsqlDbType.Varchar);
            await writer.WriteAsync(u.Kind, NpgsqlDbType.Varchar);
            await WriteNullableAsync(writer, u.ParentId, NpgsqlDbType.Integer);
            await writer.WriteAsync($"Cán bộ đầu mối {u.Code}", NpgsqlDbType.Text);
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"0255 {u.Id:000 000}"), NpgsqlDbType.Text);
            await writer.WriteAsync(u.Code.ToLowerInvariant() + "@example.gov.vn", NpgsqlDbType.Text);
            await writer.WriteNullAsync();
            await WriteNullableAsync(writer, u.ClosedOn, NpgsqlDbType.Date);
        }

        await writer.CompleteAsync();
    }

    private static async Task CopyRequestsAsync(NpgsqlConnection db, List<SeedRequest> requests, List<SeedUnit> tree)
    {
        await using (var writer = await db.BeginBinaryImportAsync(
            """COPY "Requests" ("Id", "Title", "DispatchNumber", "PeriodLabel", "PeriodFrom", "PeriodTo", "DeadlineUtc", "CreatedAtUtc", "CreatedBy", "OutlineJson") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var r in requests)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(r.Id, NpgsqlDbType.Integer);
                await writer.WriteAsync($"Báo cáo kết quả KH, CN, ĐMST và CĐS {r.Label}", NpgsqlDbType.Text);
                await writer.WriteAsync($"{100 + r.Id}/BKHCN-KHTC", NpgsqlDbType.Text);
                await writer.WriteAsync(r.Label, NpgsqlDbType.Text);
                await writer.WriteAsync(r.From, NpgsqlDbType.Date);
                await writer.WriteAsync(r.To, NpgsqlDbType.Date);
                await writer.WriteAsync(r.DeadlineUtc, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(r.DeadlineUtc.AddDays(-30), NpgsqlDbType.TimestampTz);
                await writer.WriteAsync("seed-scale", NpgsqlDbType.Text);
                await writer.WriteAsync("[]", NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using var recipients = await db.BeginBinaryImportAsync("""COPY "RequestRecipients" ("RequestId", "UnitId") FROM STDIN (FORMAT BINARY)""");
        foreach (var r in requests)
        {
            foreach (var u in tree.Where(u => u.ParentId is not null))
            {
                await recipients.StartRowAsync();
                await recipients.WriteAsync(r.Id, NpgsqlDbType.Integer);
                await recipients.WriteAsync(u.Id, NpgsqlDbType.Integer);
            }
        }

        await recipients.CompleteAsync();
    }

    private static async Task<(int Submissions, long Values)> CopySubmissionsAndValuesAsync(
        NpgsqlConnection db, List<SeedRequest> requests, List<SeedUnit> tree, List<Indicator> indicators, OriginalSaveResult original, Random random)
    {
        var sha = original.Sha256!;
        await using (var files = await db.BeginBinaryImportAsync("""COPY "Files" ("Sha256", "Size", "StoredAtUtc") FROM STDIN (FORMAT BINARY)"""))
        {
            await files.StartRowAsync();
            await files.WriteAsync(sha, NpgsqlDbType.Char);
            await files.WriteAsync(original.Size, NpgsqlDbType.Bigint);
            await files.WriteAsync(Epoch, NpgsqlDbType.TimestampTz);
            await files.CompleteAsync();
        }

        // Submissions next (values reference them), kept in memory as (id, request, unit, received).
        var made = new List<(int Id, SeedRequest Request, SeedUnit Unit, DateTime Received)>();
        await using (var writer = await db.BeginBinaryImportAsync(
            """COPY "Submissions" ("Id", "RequestId", "UnitId", "Version", "ReceivedAtUtc", "FileSha256", "FileName", "UploadedBy", "State", "ProcessedAtUtc") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var r in requests)
            {
                var missingShare = 0.08 + (0.02 * (r.Id % 4));
                foreach (var u in tree.Where(u => u.ParentId is not null))
                {
                    var roll = random.NextDouble();
                    if (roll < missingShare)
                    {
                        continue;
                    }

                    // Most arrive in the last ten days before the deadline, about one in six up to a week late.
                    var hours = roll < missingShare + 0.16 ? random.Next(1, 24 * 7) : -random.Next(1, 24 * 10);
                    var versions = random.NextDouble() < 0.1 ? 2 : 1;
                    for (var v = 1; v <= versions; v++)
                    {
                        var received = r.DeadlineUtc.AddHours(hours + ((v - 1) * 30)).AddMinutes(-random.Next(0, 60));
                        var id = made.Count + 1;
                        made.Add((id, r, u, received));
                        await writer.StartRowAsync();
                        await writer.WriteAsync(id, NpgsqlDbType.Integer);
                        await writer.WriteAsync(r.Id, NpgsqlDbType.Integer);
                        await writer.WriteAsync(u.Id, NpgsqlDbType.Integer);
                        await writer.WriteAsync(v, NpgsqlDbType.Integer);
                        await writer.WriteAsync(received, NpgsqlDbType.TimestampTz);
                        await writer.WriteAsync(sha, NpgsqlDbType.Char);
                        await writer.WriteAsync($"bao-cao-{u.Code}-{r.Id}-v{v}.docx", NpgsqlDbType.Varchar);
                        await writer.WriteAsync("seed-scale", NpgsqlDbType.Text);
                        await writer.WriteAsync("Done", NpgsqlDbType.Varchar);
                        await writer.WriteAsync(received.AddMinutes(2), NpgsqlDbType.TimestampTz);
                    }
                }
            }

            await writer.CompleteAsync();
        }

        long values = 0;
        await using var rows = await db.BeginBinaryImportAsync("""
            COPY "Values" ("Id", "SubmissionId", "RequestId", "UnitId", "IndicatorKey", "Kind", "Value", "MeasureUnit", "Numerator", "Denominator",
                "Qualifier", "Period", "Evidence", "SpanStart", "SpanEnd", "Confidence", "Review", "CorrectedValue", "ReviewedBy", "ReviewedAtUtc")
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var s in made)
        {
            var offset = 0;
            foreach (var indicator in indicators)
            {
                if (random.NextDouble() < 0.05)
                {
                    continue; // the report does not state it
                }

                var (value, numerator, denominator) = Draw(indicator, random);
                await WriteValueAsync(rows, ++values, s.Id, s.Request.Id, s.Unit.Id, indicator, "Actual", value, numerator, denominator, offset, random, s.Received);
                offset += 80;
                if (indicator.IsRatio)
                {
                    await WriteValueAsync(rows, ++values, s.Id, s.Request.Id, s.Unit.Id, indicator, "Target", 90, null, null, offset, random, s.Received);
                    offset += 80;
                }
            }
        }

        await rows.CompleteAsync();
        return (made.Count, values);
    }

    private static (decimal Value, decimal? Numerator, decimal? Denominator) Draw(Indicator indicator, Random random)
    {
        if (indicator.IsRatio)
        {
            decimal denominator = random.Next(50, 2_000);
            var numerator = Math.Floor(denominator * random.Next(40, 100) / 100m);
            return (Math.Round(numerator * 100 / denominator, 1), numerator, denominator);
        }

        return indicator.Unit switch
        {
            "percent" => (Math.Round((decimal)(60 + (random.NextDouble() * 40)), 1), null, null),
            "vnd" => (random.Next(5, 900) * 1_000_000m, null, null),
            "people" => (random.Next(500, 60_000), null, null),
            "km2" => (Math.Round((decimal)(10 + (random.NextDouble() * 300)), 3), null, null),
            _ => (random.Next(0, 400), null, null),
        };
    }

    private static async Task WriteValueAsync(
        NpgsqlBinaryImporter rows, long id, int submission, int request, int unit, Indicator indicator, string kind,
        decimal value, decimal? numerator, decimal? denominator, int offset, Random random, DateTime received)
    {
        var review = random.NextDouble() switch { < 0.01 => "Rejected", < 0.03 => "Corrected", < 0.08 => "Confirmed", _ => "Auto" };
        var evidence = string.Create(CultureInfo.InvariantCulture, $"{indicator.Key}: {value}");
        await rows.StartRowAsync();
        await rows.WriteAsync(id, NpgsqlDbType.Bigint);
        await rows.WriteAsync(submission, NpgsqlDbType.Integer);
        await rows.WriteAsync(request, NpgsqlDbType.Integer);
        await rows.WriteAsync(unit, NpgsqlDbType.Integer);
        await rows.WriteAsync(indicator.Key, NpgsqlDbType.Varchar);
        await rows.WriteAsync(kind, NpgsqlDbType.Varchar);
        await rows.WriteAsync(value, NpgsqlDbType.Numeric);
        await rows.WriteAsync(indicator.Unit, NpgsqlDbType.Varchar);
        await WriteNullableAsync(rows, numerator, NpgsqlDbType.Numeric);
        await WriteNullableAsync(rows, denominator, NpgsqlDbType.Numeric);
        await rows.WriteAsync("Exact", NpgsqlDbType.Varchar);
        await rows.WriteNullAsync();
        await rows.WriteAsync(evidence, NpgsqlDbType.Text);
        await rows.WriteAsync(offset, NpgsqlDbType.Integer);
        await rows.WriteAsync(offset + evidence.Length, NpgsqlDbType.Integer);
        await rows.WriteAsync(0.5 + (random.NextDouble() / 2), NpgsqlDbType.Double);
        await rows.WriteAsync(review, NpgsqlDbType.Varchar);
        await WriteNullableAsync(rows, review == "Corrected" ? value + 1 : (decimal?)null, NpgsqlDbType.Numeric);
        await WriteNullableAsync(rows, review == "Auto" ? null : (string?)"reviewer", NpgsqlDbType.Text);
        await WriteNullableAsync(rows, review == "Auto" ? null : (DateTime?)received.AddDays(2), NpgsqlDbType.TimestampTz);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(value, type);
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
