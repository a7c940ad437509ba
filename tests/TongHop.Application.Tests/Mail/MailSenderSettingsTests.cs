using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Mail;
using TongHop.Application.Tests.Support;
using TongHop.Storage.Entities.Intake;
using TongHop.Storage.Tests.Support;

namespace TongHop.Application.Tests.Mail;

/// <summary>The one SMTP sender: the admin page's mail settings when their SMTP part is saved, else the configuration.</summary>
public sealed class MailSenderSettingsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Options_ConfigurationUntilThePageIsSaved_ThenThePage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var configured = MailOptions.Off with { SmtpHost = "relay.so-khcn.test", SmtpPort = 2525, FromAddress = "cau-hinh@so-khcn.test", PublicUrl = "https://tong-hop.test" };
        await using var services = await AppServices.BuildAsync(database, s => s.AddSingleton(configured));

        await using (var scope = services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<MailSender>();
            var before = await sender.GetOptionsAsync();
            Assert.Equal("relay.so-khcn.test", before.SmtpHost);
            Assert.Equal(2525, before.SmtpPort);
            Assert.Equal("cau-hinh@so-khcn.test", before.FromAddress);

            // A host without a sender address is not a usable SMTP setting: the configuration stays in force.
            var store = scope.ServiceProvider.GetRequiredService<MailSettingsStore>();
            await store.SaveAsync(new MailSettings { SmtpHost = "chi-may-chu.test" }, "quan-tri");
            Assert.Equal("relay.so-khcn.test", (await sender.GetOptionsAsync()).SmtpHost);

            await store.SaveAsync(
                new MailSettings { SmtpHost = "thu.so-khcn.test", SmtpPort = 465, SmtpSecurity = MailSecurity.SslOnConnect, SmtpUser = "tonghop", SmtpPassword = "mat-khau-may-chu", FromAddress = "bao-cao@so-khcn.test", FromName = "Văn phòng Sở" },
                "quan-tri");
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<MailSender>();
            var after = await sender.GetOptionsAsync();
            Assert.Equal("thu.so-khcn.test", after.SmtpHost);
            Assert.Equal(465, after.SmtpPort);
            Assert.Equal("tls", after.Security);
            Assert.Equal("tonghop", after.UserName);
            Assert.Equal("mat-khau-may-chu", after.Password);
            Assert.Equal("bao-cao@so-khcn.test", after.FromAddress);
            Assert.Equal("Văn phòng Sở", after.FromName);
            // Links still point to the configured web address.
            Assert.Equal("https://tong-hop.test", after.PublicUrl);
            Assert.Equal("https://tong-hop.test", sender.PublicUrl);
        }
    }
}
