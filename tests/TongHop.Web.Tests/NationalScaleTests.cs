using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Web.Pages.Requests;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>The dashboard at national scale (grouped by province) and its cache following every saved change.</summary>
public sealed class NationalScaleTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dashboard_AboveGridLimit_GroupsByProvince_AndAProvinceListsItsUnits(string provider)
    {
        var world = await World.CreateAsync(provider);
        var (request, north, south) = await world.WithDbAsync(async db =>
        {
            var north = new OrgUnit { Code = "TN-" + world.Tag, Name = "Tỉnh Bắc " + world.Tag, Kind = OrgUnitKind.Province, ContactName = "Lê Văn Bắc", ContactPhone = "0204 000 111" };
            var south = new OrgUnit { Code = "TS-" + world.Tag, Name = "Tỉnh Nam " + world.Tag, Kind = OrgUnitKind.Province, ContactName = "Phạm Thị Nam", ContactPhone = "0290 000 222" };
            var communes = Enumerable.Range(0, DashboardModel.GridLimit + 1).Select(i => new OrgUnit
            {
                Code = $"X{i:000}-{world.Tag}", Name = $"Xã số {i} {world.Tag}", Kind = OrgUnitKind.Commune, Parent = i % 2 == 0 ? north : south,
                ContactName = $"Cán bộ {i}", ContactPhone = $"0900 {i:000}",
            }).ToList();
            var request = new ReportRequest
            {
                Title = "Báo cáo toàn quốc " + world.Tag, PeriodLabel = "Quý 3/2025", DeadlineUtc = world.Request.DeadlineUtc,
                Recipients = communes.Select(u => new RequestRecipient { Unit = u }).ToList(),
            };
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return (request, north, south);
        });
        using var leader = await Browser.LoginAsync(world.App, world.Leader);

        var html = await leader.Client.GetStringAsync(new Uri($"/Requests/{request.Id}", UriKind.Relative));
        Assert.Contains($"data-parent=\"{north.Code}\"", html, StringComparison.Ordinal);
        Assert.Contains("0/151 đã nộp", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-unit=", html, StringComparison.Ordinal);
        // Whom to call: the provinces, with their own contacts.
        var followUp = html[html.IndexOf("id=\"follow-up\"", StringComparison.Ordinal)..];
        Assert.Contains("0290 000 222", followUp, StringComparison.Ordinal);
        Assert.DoesNotContain("0900 001", followUp, StringComparison.Ordinal);

        var southPage = await leader.Client.GetStringAsync(new Uri($"/Requests/{request.Id}?parent={south.Id}", UriKind.Relative));
        Assert.Contains($"data-unit=\"X001-{world.Tag}\"", southPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-unit=\"X000-{world.Tag}\"", southPage, StringComparison.Ordinal);
        Assert.Contains("0900 001", southPage[southPage.IndexOf("id=\"follow-up\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dashboard_CachedThenARecipientAdded_ShowsTheNewRates(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var url = new Uri($"/Requests/{world.Request.Id}", UriKind.Relative);
        Assert.Contains("<b>100%</b>2/2", await reviewer.Client.GetStringAsync(url), StringComparison.Ordinal);

        await world.WithDbAsync(async db =>
        {
            var c = new OrgUnit { Code = "C-" + world.Tag, Name = "Xã Cát Tiên " + world.Tag, Kind = OrgUnitKind.Commune, ContactPhone = "0255 555 666" };
            db.RequestRecipients.Add(new RequestRecipient { RequestId = world.Request.Id, Unit = c });
            return await db.SaveChangesAsync();
        });

        var html = await reviewer.Client.GetStringAsync(url);
        Assert.Contains("2/3", html, StringComparison.Ordinal);
        Assert.Contains("0255 555 666", html[html.IndexOf("id=\"follow-up\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var figures = await reviewer.Client.GetStringAsync(new Uri($"/Requests/{world.Request.Id}/Figures", UriKind.Relative));
        Assert.Contains("\"key\":\"bts_stations\"", figures, StringComparison.Ordinal);
        Assert.Equal(1, await world.WithDbAsync(db => db.RequestRecipients.CountAsync(r => r.RequestId == world.Request.Id && r.Unit!.Code == "C-" + world.Tag)));
    }
}
