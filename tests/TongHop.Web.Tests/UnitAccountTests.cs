using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Storage.Identity;
using TongHop.Testing;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>Unit accounts in bulk (issue 19): one reporter account a unit from a CSV, a set-password link by mail (or shown once without mail), and a user changing their own password.</summary>
public sealed partial class UnitAccountTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BulkAccounts_SetPasswordFromLink_ThenChangeOwnPassword(string provider)
    {
        var world = await World.CreateAsync(provider);
        var emailA = $"a-{world.Tag}@donvi.test";
        using var admin = await Browser.LoginAsync(world.App, world.Admin);
        var csv = $"ma_don_vi;email\n{world.UnitA.Code};{emailA}\nKHONG-CO-{world.Tag};x@donvi.test\n{world.UnitB.Code};b-{world.Tag}@donvi.test\n";
        var response = await admin.PostFormAsync("/Admin/Accounts", "/Admin/Accounts", [],
            form => Browser.AddFile(form, "csv", "tai-khoan.csv", Encoding.UTF8.GetBytes(csv)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không có đơn vị mã này.", html, StringComparison.Ordinal);

        var userA = world.UnitA.Code.ToLowerInvariant();
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.FindByNameAsync(userA);
            Assert.NotNull(created);
            Assert.Equal((world.UnitA.Id, emailA, false), (created.UnitId, created.Email, await users.HasPasswordAsync(created)));
            Assert.Equal([AppRoles.Reporter], await users.GetRolesAsync(created));
        }

        string link;
        if (TestMail.Smtp is null)
        {
            // Without mail the administrator is shown each link once.
            link = WebUtility.HtmlDecode(SetLink().Match(html).Groups[1].Value);
        }
        else
        {
            Assert.Contains("Đã gửi đường dẫn đặt mật khẩu", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/Account/SetPassword", html, StringComparison.Ordinal);
            link = SetLink().Match(await MailTextAsync(emailA)).Groups[1].Value;
        }

        Assert.StartsWith("https://", link, StringComparison.Ordinal);
        var path = new Uri(link).PathAndQuery;
        using var person = Browser.Anonymous(world.App);
        var set = await person.PostFormAsync(path, path, new() { ["Password"] = "mat-khau-cua-xa-an-phu", ["Confirm"] = "mat-khau-cua-xa-an-phu" });
        Assert.Contains("Đã đặt mật khẩu", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The link works once.
        var again = await person.PostFormAsync(path, path, new() { ["Password"] = "mat-khau-khac-han-nua", ["Confirm"] = "mat-khau-khac-han-nua" });
        Assert.Contains("Đường dẫn đã dùng hoặc đã hết hạn", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reporter = await Browser.LoginAsync(world.App, userA, "mat-khau-cua-xa-an-phu");
        var wrong = await reporter.PostFormAsync("/Account/Password", "/Account/Password", new() { ["Current"] = "sai-mat-khau-roi", ["Password"] = "mat-khau-moi-cua-xa", ["Confirm"] = "mat-khau-moi-cua-xa" });
        Assert.Contains("Mật khẩu hiện tại không đúng.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await reporter.PostFormAsync("/Account/Password", "/Account/Password", new() { ["Current"] = "mat-khau-cua-xa-an-phu", ["Password"] = "mat-khau-moi-cua-xa", ["Confirm"] = "mat-khau-moi-cua-xa" });
        Assert.Contains("Đã đổi mật khẩu.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var relogin = await Browser.LoginAsync(world.App, userA, "mat-khau-moi-cua-xa");

        // Running it again makes no second account.
        var second = await admin.PostFormAsync("/Admin/Accounts", "/Admin/Accounts", [],
            form => Browser.AddFile(form, "csv", "tai-khoan.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.Contains("Đơn vị đã có tài khoản.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> MailTextAsync(string address)
    {
        var (host, port) = TestMail.Imap!.Value;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var imap = new ImapClient();
            await imap.ConnectAsync(host, port, MailKit.Security.SecureSocketOptions.None);
            await imap.AuthenticateAsync(address, TestMail.ImapPassword);
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly);
            var uids = await imap.Inbox.SearchAsync(SearchQuery.All);
            if (uids.Count > 0)
            {
                Assert.Single(uids);
                return (await imap.Inbox.GetMessageAsync(uids[0])).TextBody ?? "";
            }

            Assert.True(DateTime.UtcNow < deadline, "the set-password message did not arrive");
            await Task.Delay(500);
        }
    }

    [GeneratedRegex(@"(https://\S+/Account/SetPassword\?userId=[^\s<""]+)")]
    private static partial Regex SetLink();
}
