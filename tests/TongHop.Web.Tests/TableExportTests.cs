using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Demo;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// The units × indicators table is read a part at a time (issue 16): its exports are written as the slices of units
/// are read, the page shows a page of units, the list of a request's submissions is streamed. What a user gets is what
/// the whole table read at once gave: the same CSV bytes and the same workbook cells, on the demo province, on both
/// databases.
/// </summary>
public sealed class TableExportTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Exports_ReadInSlices_AreWhatTheWholeTableGave_OnTheDemo(string provider)
    {
        using var app = await TestApp.StartOwnAsync(provider, new Dictionary<string, string> { ["TongHop:Demo"] = "true" });
        int requestId, units;
        byte[] wholeCsv, slicedCsv, wholeXlsx;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            requestId = await db.Requests.Where(r => r.PeriodLabel == "9 tháng đầu năm 2025").Select(r => r.Id).SingleAsync();
            // The table read whole, as the page and exports read it before: every cell and every earlier value at once.
            var whole = (await scope.ServiceProvider.GetRequiredService<ReportingQueries>().TableAsync(requestId))!;
            whole = whole with { Trends = await scope.ServiceProvider.GetRequiredService<TrendQueries>().TrendsAsync(requestId, withUnits: true) };
            Assert.True(whole.Units.Count >= 10 && whole.Cells.Count > 50, "the demo table is too small to compare");
            Assert.NotNull(whole.Trends?.Previous);
            units = whole.Units.Count;
            wholeCsv = await CsvAsync(whole, One(whole));
            wholeXlsx = await XlsxAsync(whole, One(whole));
            // Slices of three units: several slices, the last one short.
            var tables = scope.ServiceProvider.GetRequiredService<TableQueries>();
            var frame = (await tables.FrameAsync(requestId))!;
            Assert.Empty(frame.Cells);
            slicedCsv = await CsvAsync(frame, tables.SlicesAsync(frame, sliceSize: 3));

            // Written as read: when a slice is asked for, the rows of the one before are already in the output.
            using var output = new MemoryStream();
            var lengths = new List<long>();
            await TableExporter.WriteCsvAsync(frame, Watched(tables.SlicesAsync(frame, sliceSize: 3), output, lengths), output);
            Assert.True(lengths.Count >= 4, $"{lengths.Count} slices");
            Assert.True(lengths[0] > 3, "the header was not written before the first slice was read");
            Assert.All(lengths.Zip(lengths.Skip(1)), p => Assert.True(p.Second > p.First, $"nothing written between two slices ({p.First} bytes)"));
            Assert.Equal(wholeCsv, output.ToArray());
        }

        Assert.Equal(Encoding.UTF8.GetString(wholeCsv), Encoding.UTF8.GetString(slicedCsv));
        var lines = Encoding.UTF8.GetString(wholeCsv[3..]).Split("\r\n");
        Assert.Equal(units + 2, lines.Length); // the header, the units, and the empty piece after the last line break
        Assert.Contains(lines, l => l.Contains(";", StringComparison.Ordinal) && l.Split(';').Skip(2).Count(c => c.Length > 0) > 10);

        var user = DemoUsersFile.Read(app.Database.Folder).First(u => u.Role == TongHop.Storage.Identity.AppRoles.Leader);
        using var leader = await Browser.LoginAsync(app, user.UserName, user.Password);
        var csv = await leader.GetAsync($"/Requests/{requestId}/Table?handler=Export&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"chi-tieu-yeu-cau-{requestId}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(wholeCsv, await csv.Content.ReadAsByteArrayAsync());

        var xlsx = await leader.GetAsync($"/Requests/{requestId}/Table?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal($"chi-tieu-yeu-cau-{requestId}.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        var downloaded = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal(Cells(wholeXlsx), Cells(downloaded));
        // The workbook says what the CSV says, cell for cell (numbers written the Vietnamese way there, as numbers here).
        var rows = Cells(downloaded);
        Assert.Equal(units + 1, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var fields = Fields(lines[r]);
            var cells = rows[r].Select(c => c.Split('|', 3)).ToList();
            Assert.Equal(fields.Count, cells.Count);
            for (var c = 0; c < fields.Count; c++)
            {
                var text = cells[c][0] == "Number" ? decimal.Parse(cells[c][2], System.Globalization.CultureInfo.InvariantCulture).ToString("0.######", TongHop.Text.Normalization.VietnameseText.Culture) : cells[c][2];
                Assert.Equal(fields[c], text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TablePage_ShowsAPageOfUnits_FindsAUnitAnywhere_AndSaysTheExportHasAll(string provider)
    {
        var world = await World.CreateAsync(provider);
        // A request to 130 units (the world's two and 128 more), the last one with a value.
        int requestId;
        string lastName;
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            var units = Enumerable.Range(1, 128).Select(i => new OrgUnit { Code = $"T{i:D3}-{world.Tag}", Name = $"Xã Thử Nghiệm {i:D3} {world.Tag}", Kind = OrgUnitKind.Commune }).ToList();
            db.Units.AddRange(units);
            var request = new ReportRequest
            {
                Title = "Bảng lớn " + world.Tag, PeriodLabel = "Năm 2031", DeadlineUtc = new DateTime(2031, 12, 20, 2, 0, 0, DateTimeKind.Utc), CreatedAtUtc = new DateTime(2031, 12, 1, 2, 0, 0, DateTimeKind.Utc),
                Recipients = [.. units.Select(u => new RequestRecipient { Unit = u }), new RequestRecipient { UnitId = world.UnitA.Id }, new RequestRecipient { UnitId = world.UnitB.Id }],
            };
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            requestId = request.Id;
            lastName = units[^1].Name;
        }

        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var first = WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{requestId}/Table", UriKind.Relative)));
        Assert.Equal(TableQueries.PageSize, BodyRows(first));
        Assert.Contains("Đơn vị 1–100 trong 130 · trang 1/2.", first, StringComparison.Ordinal);
        Assert.Contains("Tải Excel hoặc CSV để có cả bảng", first, StringComparison.Ordinal);
        Assert.DoesNotContain(lastName, first, StringComparison.Ordinal);

        var second = WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{requestId}/Table?page=2", UriKind.Relative)));
        Assert.Equal(30, BodyRows(second));
        Assert.Contains(lastName, second, StringComparison.Ordinal);
        Assert.Contains("Đơn vị 101–130 trong 130 · trang 2/2.", second, StringComparison.Ordinal);

        // Found from page 1, without diacritics or case; a page past the end shows the last.
        var found = WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{requestId}/Table?q=" + Uri.EscapeDataString("thu nghiem 128"), UriKind.Relative)));
        Assert.Equal(1, BodyRows(found));
        Assert.Contains(lastName, found, StringComparison.Ordinal);
        Assert.Contains("Đơn vị 1–1 trong 1 đơn vị khớp (cả bảng có 130)", found, StringComparison.Ordinal);
        Assert.Equal(30, BodyRows(WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{requestId}/Table?page=9", UriKind.Relative)))));

        // The export has every unit, in the order of their codes.
        var csv = Encoding.UTF8.GetString(await reviewer.Client.GetByteArrayAsync(new Uri($"/Requests/{requestId}/Table?handler=Export&format=csv", UriKind.Relative)));
        var codes = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => Fields(l)[0]).ToList();
        Assert.Equal(130, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SubmissionsOfARequest_AreStreamed_AsTheSameJsonArray(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var response = await reviewer.GetAsync($"/api/requests/{world.Request.Id}/submissions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();
        Assert.Equal([world.SubmissionA.Id, world.SubmissionB.Id], ids);

        // A unit's reporter still sees only the unit's own.
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        using var own = JsonDocument.Parse(await reporter.Client.GetStringAsync(new Uri($"/api/requests/{world.Request.Id}/submissions", UriKind.Relative)));
        Assert.Equal([world.SubmissionA.Id], own.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
    }

    // A CSV line's fields (';' between them, '"' around them, '""' for a quote inside).
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static int BodyRows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return body.Split("<tr>").Length - 1;
    }

    private static async Task<byte[]> CsvAsync(UnitIndicatorTable frame, IAsyncEnumerable<UnitIndicatorTable> parts)
    {
        using var stream = new MemoryStream();
        await TableExporter.WriteCsvAsync(frame, parts, stream);
        return stream.ToArray();
    }

    private static async Task<byte[]> XlsxAsync(UnitIndicatorTable frame, IAsyncEnumerable<UnitIndicatorTable> parts)
    {
        using var stream = new MemoryStream();
        await TableExporter.WriteXlsxAsync(frame, parts, stream);
        return stream.ToArray();
    }

    // The parts, noting how much of the output was written when each was asked for.
    private static async IAsyncEnumerable<UnitIndicatorTable> Watched(IAsyncEnumerable<UnitIndicatorTable> parts, Stream output, List<long> lengths)
    {
        await foreach (var part in parts)
        {
            lengths.Add(output.Length);
            yield return part;
        }
    }

    private static async IAsyncEnumerable<UnitIndicatorTable> One(UnitIndicatorTable table)
    {
        await Task.Yield();
        yield return table;
    }

    // Every row's cells as "type|style|text".
    private static List<List<string>> Cells(byte[] xlsx)
    {
        using var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Equal("Chỉ tiêu", book.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single().Name!.Value);
        return [.. book.WorkbookPart.WorksheetParts.Single().Worksheet!.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => $"{(c.DataType is null ? "" : c.DataType.Value == CellValues.Number ? "Number" : "Text")}|{c.StyleIndex?.Value}|{c.InnerText}").ToList())];
    }
}
