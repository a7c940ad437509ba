using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Reporting;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>Unit and user administration beyond create/import, over HTTP with the pages' anti-forgery tokens.</summary>
public sealed class AdminTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admin_EditsUnit_AndRejectsParentCycleAndTakenCode(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var admin = await Browser.LoginAsync(world.App, world.Admin);
        var edit = await PostUnitAsync(admin, "Edit", world.UnitB.Id, new()
        {
            ["unit.Code"] = "B2-" + world.Tag, ["unit.Name"] = "Phường Bình Minh mới " + world.Tag, ["unit.Kind"] = "Commune",
            ["unit.ParentId"] = $"{world.UnitA.Id}", ["unit.ContactName"] = "Lê Văn C", ["unit.ContactPhone"] = "0255 999 000", ["unit.ContactEmail"] = "c@example.vn",
        });
        Assert.Contains("Đã lưu đơn vị.", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var b = await UnitAsync(world, world.UnitB.Id);
        Assert.Equal(("B2-" + world.Tag, "Phường Bình Minh mới " + world.Tag, OrgUnitKind.Commune, world.UnitA.Id), (b.Code, b.Name, b.Kind, b.ParentId));
        Assert.Equal(("Lê Văn C", "0255 999 000", "c@example.vn"), (b.ContactName, b.ContactPhone, b.ContactEmail));

        // A is B's parent now: making B the parent of A would be a cycle. A's code must stay its own.
        var cycle = await PostUnitAsync(admin, "Edit", world.UnitA.Id, new() { ["unit.Code"] = world.UnitA.Code, ["unit.Name"] = world.UnitA.Name, ["unit.Kind"] = "Commune", ["unit.ParentId"] = $"{world.UnitB.Id}" });
        Assert.Contains("đơn vị cấp dưới", WebUtility.HtmlDecode(await cycle.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var taken = await PostUnitAsync(admin, "Edit", world.UnitA.Id, new() { ["unit.Code"] = "B2-" + world.Tag, ["unit.Name"] = world.UnitA.Name, ["unit.Kind"] = "Commune" });
        Assert.Contains("đã được dùng", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var a = await UnitAsync(world, world.UnitA.Id);
        Assert.Equal((world.UnitA.Code, (int?)null), (a.Code, a.ParentId));
        Assert.Equal(HttpStatusCode.NotFound, (await PostUnitAsync(admin, "Reopen", -1, [])).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admin_ClosesUnitMidYear_LaterPeriodsDoNotExpectIt_EarlierStillDo_ThenReopens(string provider)
    {
        var world = await World.CreateAsync(provider);
        var later = await world.WithDbAsync(async db =>
        {
            var request = new ReportRequest
            {
                Title = "Quý IV " + world.Tag, PeriodLabel = "Quý IV năm 2025", PeriodFrom = new DateOnly(2025, 10, 1), PeriodTo = new DateOnly(2025, 12, 31),
                DeadlineUtc = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc), CreatedAtUtc = new DateTime(2025, 12, 20, 0, 0, 0, DateTimeKind.Utc),
                Recipients = [new RequestRecipient { UnitId = world.UnitA.Id }, new RequestRecipient { UnitId = world.UnitB.Id }],
            };
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
        using var admin = await Browser.LoginAsync(world.App, world.Admin);
        Assert.Contains("Đã ghi nhận giải thể từ ngày 15/08/2025", await (await PostUnitAsync(admin, "Close", world.UnitB.Id, new() { ["closedOn"] = "2025-08-15" })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 8, 15), (await UnitAsync(world, world.UnitB.Id)).ClosedOn);

        // The 9-month request's period started before the closing: B is still expected (and its late report counts).
        var nineMonths = await DashboardAsync(world, world.Request.Id);
        Assert.Contains(nineMonths.Units, u => u.Unit.Id == world.UnitB.Id);
        Assert.Equal(2, nineMonths.Rates.Expected);
        // The fourth quarter starts after the closing: B is not expected, A alone makes the rate.
        var quarter = await DashboardAsync(world, later);
        Assert.DoesNotContain(quarter.Units, u => u.Unit.Id == world.UnitB.Id);
        Assert.Equal(1, quarter.Rates.Expected);

        var noDate = await PostUnitAsync(admin, "Close", world.UnitA.Id, []);
        Assert.Contains("Hãy nhập ngày giải thể", await noDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await UnitAsync(world, world.UnitA.Id)).ClosedOn);

        Assert.Contains("Đã mở lại đơn vị.", await (await PostUnitAsync(admin, "Reopen", world.UnitB.Id, [])).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await UnitAsync(world, world.UnitB.Id)).ClosedOn);
        Assert.Equal(2, (await DashboardAsync(world, later)).Rates.Expected);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NonAdmins_CannotEditCloseOrReopenUnits(string provider)
    {
        var world = await World.CreateAsync(provider);
        foreach (var user in new[] { world.Reviewer, world.Leader, world.ReporterA })
        {
            using var browser = await Browser.LoginAsync(world.App, user);
            foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
                     {
                         ("Edit", new() { ["unit.Code"] = "X", ["unit.Name"] = "Đổi trộm", ["unit.Kind"] = "Ward" }),
                         ("Close", new() { ["closedOn"] = "2025-01-01" }),
                         ("Reopen", []),
                     })
            {
                var response = await PostAsNonAdminAsync(browser, $"/Admin/Units?handler={handler}", world.UnitA.Id, fields);
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }

        var a = await UnitAsync(world, world.UnitA.Id);
        Assert.Equal((world.UnitA.Code, world.UnitA.Name, (DateOnly?)null), (a.Code, a.Name, a.ClosedOn));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admin_ChangesRoleAndUnit_LocksUnlocks_ResetsPassword(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var admin = await Browser.LoginAsync(world.App, world.Admin);
        var reporterB = await UserIdAsync(world, world.ReporterB);

        // Reporter of B becomes reporter of A, then a reviewer (no unit).
        await AssertOkAsync(await PostUserAsync(admin, "Role", reporterB, new() { ["role"] = "reporter", ["unitId"] = $"{world.UnitA.Id}" }), "Đã đổi vai trò");
        Assert.Equal(("reporter", (int?)world.UnitA.Id), await RolesAndUnitAsync(world, world.ReporterB));
        await AssertOkAsync(await PostUserAsync(admin, "Role", reporterB, new() { ["role"] = "reviewer", ["unitId"] = $"{world.UnitA.Id}" }), "Đã đổi vai trò");
        Assert.Equal(("reviewer", (int?)null), await RolesAndUnitAsync(world, world.ReporterB));
        var noUnit = await PostUserAsync(admin, "Role", reporterB, new() { ["role"] = "reporter" });
        Assert.Contains("phải gắn với một đơn vị", WebUtility.HtmlDecode(await noUnit.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(("reviewer", (int?)null), await RolesAndUnitAsync(world, world.ReporterB));
        using (var asReviewer = await Browser.LoginAsync(world.App, world.ReporterB))
        {
            Assert.Equal(HttpStatusCode.OK, (await asReviewer.GetAsync($"/Requests/{world.Request.Id}")).StatusCode);
        }

        // Locked: the right password no longer opens; unlocked: it does again.
        await AssertOkAsync(await PostUserAsync(admin, "Lock", reporterB, []), "Đã khóa tài khoản.");
        Assert.False(await CanLogInAsync(world, world.ReporterB, World.Password));
        await AssertOkAsync(await PostUserAsync(admin, "Unlock", reporterB, []), "Đã mở khóa tài khoản.");
        Assert.True(await CanLogInAsync(world, world.ReporterB, World.Password));

        // Reset: a too short password is refused in Vietnamese; a good one replaces the old.
        var shortOne = await PostUserAsync(admin, "Reset", reporterB, new() { ["password"] = "ngan" });
        Assert.Contains("ít nhất 10 ký tự", WebUtility.HtmlDecode(await shortOne.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await CanLogInAsync(world, world.ReporterB, World.Password));
        await AssertOkAsync(await PostUserAsync(admin, "Reset", reporterB, new() { ["password"] = "cau-rieng-cua-toi-2026" }), "Đã đặt lại mật khẩu.");
        Assert.False(await CanLogInAsync(world, world.ReporterB, World.Password));
        Assert.True(await CanLogInAsync(world, world.ReporterB, "cau-rieng-cua-toi-2026"));

        // The administrator cannot lock or demote their own account.
        var self = await UserIdAsync(world, world.Admin);
        Assert.Contains("Không thể tự khóa", WebUtility.HtmlDecode(await (await PostUserAsync(admin, "Lock", self, [])).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Không thể bỏ quyền quản trị", WebUtility.HtmlDecode(await (await PostUserAsync(admin, "Role", self, new() { ["role"] = "leader" })).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(("admin", (int?)null), await RolesAndUnitAsync(world, world.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await PostUserAsync(admin, "Lock", "khong-co", [])).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NonAdmins_CannotChangeRolesLockOrResetPasswords(string provider)
    {
        var world = await World.CreateAsync(provider);
        var reporterA = await UserIdAsync(world, world.ReporterA);
        foreach (var user in new[] { world.Reviewer, world.Leader, world.ReporterB })
        {
            using var browser = await Browser.LoginAsync(world.App, user);
            foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
                     {
                         ("Role", new() { ["role"] = "admin" }),
                         ("Lock", []),
                         ("Reset", new() { ["password"] = "mat-khau-chiem-quyen" }),
                     })
            {
                fields["id"] = reporterA;
                var response = await PostAsNonAdminAsync(browser, $"/Admin/Users?handler={handler}", null, fields);
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }

        Assert.Equal(("reporter", (int?)world.UnitA.Id), await RolesAndUnitAsync(world, world.ReporterA));
        Assert.True(await CanLogInAsync(world, world.ReporterA, World.Password));
    }

    private static Task<HttpResponseMessage> PostUnitAsync(Browser admin, string handler, int id, Dictionary<string, string> fields)
    {
        fields["id"] = $"{id}";
        return admin.PostFormAsync("/Admin/Units", $"/Admin/Units?handler={handler}", fields);
    }

    private static Task<HttpResponseMessage> PostUserAsync(Browser admin, string handler, string id, Dictionary<string, string> fields)
    {
        fields["id"] = id;
        return admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler={handler}", fields);
    }

    // A non-admin cannot open the admin pages for their token: it takes a valid one from its own tokens page.
    private static Task<HttpResponseMessage> PostAsNonAdminAsync(Browser browser, string action, int? id, Dictionary<string, string> fields)
    {
        if (id is not null)
        {
            fields["id"] = $"{id}";
        }

        return browser.PostFormAsync("/Account/Tokens", action, fields);
    }

    private static async Task AssertOkAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"error\"", html, StringComparison.Ordinal);
    }

    private static async Task<bool> CanLogInAsync(World world, string user, string password)
    {
        using var browser = Browser.Anonymous(world.App);
        var response = await browser.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = user, ["Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    private static Task<OrgUnit> UnitAsync(World world, int id) =>
        world.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == id));

    private static async Task<RequestDashboard> DashboardAsync(World world, int requestId)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var dashboard = await scope.ServiceProvider.GetRequiredService<ReportingQueries>().DashboardAsync(requestId);
        Assert.NotNull(dashboard);
        return dashboard;
    }

    private static async Task<string> UserIdAsync(World world, string userName)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
        Assert.NotNull(user);
        return user.Id;
    }

    private static async Task<(string Roles, int? UnitId)> RolesAndUnitAsync(World world, string userName)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName);
        Assert.NotNull(user);
        return (string.Join(",", (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)), user.UnitId);
    }
}
