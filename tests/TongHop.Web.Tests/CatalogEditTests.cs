using System.Net;
using Microsoft.EntityFrameworkCore;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>What an administrator adds to the catalog in the web admin is read by the next extraction job.</summary>
public sealed class CatalogEditTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AdminAddsIndicatorAndPhrasing_NextUploadsReadThem(string provider)
    {
        var world = await World.CreateAsync(provider);
        var key = "ev_chargers_" + world.Tag;
        using var admin = await Browser.LoginAsync(world.App, world.Admin);
        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);

        await SaveIndicatorAsync(admin, key, "Trạm sạc xe điện công cộng", "count", "trạm sạc + xe điện");
        var first = await RequestOutlineTests.UploadAndWaitAsync(world, reporter, world.Request.Id,
            $"UBND XÃ AN PHÚ\nBÁO CÁO\nKết quả chuyển đổi số {world.Tag}\nĐến nay toàn xã có 17 trạm sạc xe điện công cộng.\n");
        Assert.Equal([17m], await ValuesAsync(world, first.Id, key));

        // Worded another way: not read until the administrator adds that phrasing.
        var reworded = $"UBND XÃ AN PHÚ\nBÁO CÁO\nKết quả chuyển đổi số {world.Tag} (lần 2)\nĐến nay toàn xã đã lắp đặt 23 điểm nạp điện cho ô tô điện.\n";
        var before = await RequestOutlineTests.UploadAndWaitAsync(world, reporter, world.Request.Id, reworded);
        Assert.Empty(await ValuesAsync(world, before.Id, key));

        await SaveIndicatorAsync(admin, key, "Trạm sạc xe điện công cộng", "count", "trạm sạc + xe điện\nđiểm nạp điện + ô tô điện");
        var after = await RequestOutlineTests.UploadAndWaitAsync(world, reporter, world.Request.Id, reworded + "\n");
        Assert.Equal([23m], await ValuesAsync(world, after.Id, key));
        var page = await reporter.Client.GetStringAsync(new Uri($"/Submissions/{after.Id}", UriKind.Relative));
        Assert.Contains("Trạm sạc xe điện công cộng", page, StringComparison.Ordinal);
    }

    private static async Task SaveIndicatorAsync(Browser admin, string key, string name, string unit, string phrasings)
    {
        var response = await admin.PostFormAsync("/Admin/Indicators", "/Admin/Indicators",
            new() { ["Key"] = key, ["Name"] = name, ["Unit"] = unit, ["Aggregate"] = "Sum", ["Examples"] = phrasings });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Đã lưu chỉ tiêu {key}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<List<decimal>> ValuesAsync(World world, int submissionId, string key) =>
        world.WithDbAsync(db => db.Values.AsNoTracking().Where(v => v.SubmissionId == submissionId && v.IndicatorKey == key).Select(v => v.Value).ToListAsync());
}
