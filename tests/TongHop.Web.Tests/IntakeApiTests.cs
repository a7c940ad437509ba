using System.Net;
using System.Text.Json;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Intake;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary><c>POST /api/intake</c>: one record per file, reviewer or admin token only, problem details for a bad call.</summary>
public sealed class IntakeApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Intake_AnswersOneRecordPerFile(string provider)
    {
        var world = await World.CreateAsync(provider);
        // A unit with a real commune's name, only this test's in the shared database, and a request to it.
        var (unit, request) = await world.WithDbAsync(async db =>
        {
            var u = new OrgUnit { Code = "XA-HUONG-PHUNG-" + world.Tag, Name = "Xã Hướng Phùng", Kind = OrgUnitKind.Commune };
            var r = new ReportRequest
            {
                Title = "Báo cáo quý III năm 2025 " + world.Tag, DispatchNumber = "937/SKHCN-QLKH", PeriodLabel = "Quý III năm 2025",
                PeriodFrom = new DateOnly(2025, 7, 1), PeriodTo = new DateOnly(2025, 9, 30), DeadlineUtc = new DateTime(2025, 10, 5, 2, 0, 0, DateTimeKind.Utc),
                CreatedAtUtc = DateTime.UtcNow, Recipients = [new RequestRecipient { Unit = u }],
            };
            db.Requests.Add(r);
            await db.SaveChangesAsync();
            return (u, r);
        });
        using var api = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var form = new MultipartFormDataContent();
        Browser.AddFile(form, "files", "hp.txt", IntakeReports.Commune("HƯỚNG PHÙNG", "Hướng Phùng", "66", "quý III năm 2025"));
        Browser.AddFile(form, "files", "la.txt", IntakeReports.Commune("PHONG NHA", "Phong Nha", "2", "quý III năm 2025"));

        var response = await api.PostAsync(new Uri($"/api/intake?request={request.Id}", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(("hp.txt", unit.Code, request.Id, "filed"), Record(records[0]));
        Assert.Equal(("la.txt", null, null, "needs-review"), Record(records[1]));
        Assert.True(records[0].GetProperty("submissionId").GetInt32() > 0);
        Assert.NotEmpty(records[1].GetProperty("reasons").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Intake_NoFile_IsAProblem_ReporterIsForbidden(string provider)
    {
        var world = await World.CreateAsync(provider);
        using (var api = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Admin)))
        {
            using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
            var response = await api.PostAsync(new Uri("/api/intake", UriKind.Relative), empty);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("ít nhất một tệp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var reporter = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.ReporterA));
        using var form = new MultipartFormDataContent();
        Browser.AddFile(form, "files", "x.txt", "Báo cáo"u8.ToArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsync(new Uri("/api/intake", UriKind.Relative), form)).StatusCode);
    }

    private static (string?, string?, int?, string?) Record(JsonElement r) => (
        r.GetProperty("file").GetString(), r.GetProperty("unitCode").GetString(),
        r.GetProperty("requestId").ValueKind == JsonValueKind.Null ? null : r.GetProperty("requestId").GetInt32(), r.GetProperty("status").GetString());
}
