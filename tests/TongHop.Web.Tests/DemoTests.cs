using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Demo;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Storage;

namespace TongHop.Web.Tests;

/// <summary>The demo province on SQLite, as <c>./tonghop serve</c> starts it (demo seeding is database-neutral code).</summary>
public sealed class DemoTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "tonghop-demo-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_SeedsProvinceRequestSubmissionsAndUsers()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("TongHop:Data", _data).UseSetting("TongHop:Demo", "true"));
        using var client = app.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        Assert.Equal(11, await db.Units.CountAsync());
        var request = await db.Requests.OrderBy(r => r.Id).FirstAsync();
        Assert.Equal("9 tháng đầu năm 2025", request.PeriodLabel);
        // The earlier periods, so that trends show: the same nine months of 2024, and the first two quarters of 2025.
        Assert.Equal(["9 tháng đầu năm 2025", "9 tháng đầu năm 2024", "Quý I năm 2025", "Quý II năm 2025"], await db.Requests.OrderBy(r => r.Id).Select(r => r.PeriodLabel).ToListAsync());
        var trends = scope.ServiceProvider.GetRequiredService<TrendQueries>();
        var nine = (await trends.TrendsAsync(request.Id))!;
        Assert.Equal(("9 tháng đầu năm 2024", "9 tháng đầu năm 2024"), (nine.Previous?.PeriodLabel, nine.YearAgo?.PeriodLabel));
        Assert.Contains(nine.ByKey.Values, t => t.YearAgo?.Change is > 0);
        var secondQuarter = (await trends.TrendsAsync(await db.Requests.Where(r => r.PeriodLabel == "Quý II năm 2025").Select(r => r.Id).SingleAsync()))!;
        Assert.Equal("Quý I năm 2025", secondQuarter.Previous?.PeriodLabel);
        Assert.Contains(secondQuarter.ByKey.Values, t => t.Previous?.Change is not null);
        var dashboard = (await scope.ServiceProvider.GetRequiredService<ReportingQueries>().DashboardAsync(request.Id))!;
        Assert.Equal((10, 6, 3, 1), (dashboard.Rates.Expected, dashboard.Rates.OnTime, dashboard.Rates.Late, dashboard.Rates.Missing));
        Assert.Equal("Đặc khu Lý Sơn", dashboard.Units.Single(u => u.State == Synthesis.Reporting.ReportingState.Missing).Unit.Name);
        Assert.True(await db.Values.CountAsync() > 100);
        Assert.True(await db.Values.AllAsync(v => v.SpanEnd > v.SpanStart));
        var users = DemoUsersFile.Read(_data);
        Assert.Equal(["admin", "chuyenvien", "lanhdao", "tinhphong", "lyson"], users.Select(u => u.UserName));
    }

    [Fact]
    public void DemoReport_ValuesStandOnTheirEvidenceLine()
    {
        var report = DemoReportWriter.Write(DemoProvince.Units[0], 2025, new DateOnly(2025, 9, 24));
        Assert.Contains("UBND XÃ TỊNH PHONG", report.Text, StringComparison.Ordinal);
        Assert.Contains("ngày 24 tháng 09 năm 2025", report.Text, StringComparison.Ordinal);
        foreach (var v in report.Values)
        {
            Assert.Equal(v.Evidence, v.Span.Slice(report.Text));
        }

        var dossier = report.Values.Single(v => v.Key == "online_dossier_rate" && v.Kind == Core.Extraction.ValueKind.Actual);
        Assert.Equal(Math.Round(dossier.Numerator!.Value * 100 / dossier.Denominator!.Value, 1), dossier.Value);
        Assert.Contains(Formatting.Vn.Number(dossier.Value, 3) + "%", dossier.Evidence, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // Stored originals are read-only by design.
        }
    }
}
