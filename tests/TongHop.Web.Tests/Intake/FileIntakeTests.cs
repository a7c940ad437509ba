using System.IO.Compression;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Intake;
using TongHop.Core.Files;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests.Intake;

/// <summary>Bulk intake and the intake inbox on SQLite and PostgreSQL: certain files filed, the others waiting, never a wrong unit.</summary>
public sealed class FileIntakeTests
{
    private static OrgUnit Commune(string code, string name, string? email = null) =>
        new() { Code = code, Name = name, Kind = OrgUnitKind.Commune, ContactEmail = email };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Batch_FilesKnownUnits_LeavesUnknownIssuerWaiting(string provider)
    {
        await using var host = await IntakeHost.CreateAsync(provider);
        var (units, request) = await host.SeedAsync(Commune("XA-CAM-LO", "Xã Cam Lộ"), Commune("XA-GIO-LINH", "Xã Gio Linh"), Commune("XA-HAI-LANG", "Xã Hải Lăng"));
        var batch = new List<IncomingFile>
        {
            new("bao-cao-cam-lo.txt", IntakeReports.Commune("CAM LỘ", "Cam Lộ", "41", dispatch: "845/SKHCN-VP")),
            new("bao-cao-gio-linh.txt", IntakeReports.Commune("GIO LINH", "Gio Linh", "57")),
            new("bao-cao-la.txt", IntakeReports.Commune("TRIỆU PHONG", "Triệu Phong", "12")),
        };

        var outcomes = await host.WithAsync(s => s.GetRequiredService<FileIntake>().TakeAsync(batch, new IntakeOrigin(IntakeChannel.Upload, "chuyenvien")));

        Assert.Equal(["filed", "filed", "needs-review"], outcomes.Select(o => o.Status));
        Assert.Equal(["XA-CAM-LO", "XA-GIO-LINH", null], outcomes.Select(o => o.UnitCode));
        Assert.Equal([request.Id, request.Id, null], outcomes.Select(o => o.RequestId));
        Assert.Contains(outcomes[0].Item.Reasons.Split('\n'), r => r.Contains("845/SKHCN-VP", StringComparison.Ordinal));
        Assert.Contains(outcomes[1].Item.Reasons.Split('\n'), r => r.Contains("9 tháng đầu năm 2025", StringComparison.Ordinal));
        Assert.Contains(outcomes[2].Item.Reasons.Split('\n'), r => r.Contains("không có trong danh sách đơn vị", StringComparison.Ordinal));

        var submissions = await host.WithDbAsync(db => db.Submissions.Include(s => s.Unit).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(["Xã Cam Lộ", "Xã Gio Linh"], submissions.Select(s => s.Unit!.Name));
        Assert.All(submissions, s => Assert.Equal(ProcessingState.Queued, s.State));
        var jobs = await host.WithDbAsync(db => db.Jobs.CountAsync());
        Assert.Equal(2, jobs);
        var waiting = await host.WithAsync(s => s.GetRequiredService<IntakeInbox>().WaitingAsync());
        Assert.Equal("bao-cao-la.txt", Assert.Single(waiting).FileName);
        Assert.Null(waiting[0].UnitId);
        Assert.Equal("UBND xã Triệu Phong", waiting[0].Issuer);
        Assert.DoesNotContain(units, u => u.Name == "Xã Triệu Phong");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Inbox_ConfirmFilesTheWaitingFile_WithAuditedReceivedTime(string provider)
    {
        await using var host = await IntakeHost.CreateAsync(provider);
        var (units, request) = await host.SeedAsync(Commune("XA-DAKRONG", "Xã Đakrông"), Commune("XA-HUONG-HOA", "Xã Hướng Hóa"));
        var outcomes = await host.WithAsync(s => s.GetRequiredService<FileIntake>().TakeAsync(
            [new IncomingFile("scan-khong-ro.txt", IntakeReports.Commune("TÂN LẬP", "Tân Lập", "9"))], new IntakeOrigin(IntakeChannel.Upload, "chuyenvien")));
        var item = Assert.Single(outcomes).Item;
        Assert.Equal(IntakeState.NeedsReview, item.State);

        var reviewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "chuyenvien")], "test"));
        var eOfficeTime = new DateTime(2025, 9, 27, 2, 30, 0, DateTimeKind.Utc);
        var refused = await host.WithAsync(s => s.GetRequiredService<IntakeInbox>().ConfirmAsync(reviewer, item.Id, units[1].Id, request.Id, eOfficeTime, null));
        Assert.False(refused.Succeeded);
        Assert.Contains("lý do", refused.Error, StringComparison.Ordinal);

        var confirmed = await host.WithAsync(s => s.GetRequiredService<IntakeInbox>().ConfirmAsync(
            reviewer, item.Id, units[1].Id, request.Id, eOfficeTime, "Theo thời gian trên hệ thống quản lý văn bản"));
        Assert.True(confirmed.Succeeded, confirmed.Error);
        var submission = await host.WithDbAsync(db => db.Submissions.SingleAsync());
        Assert.Equal((units[1].Id, request.Id, eOfficeTime), (submission.UnitId, submission.RequestId, submission.ReceivedAtUtc));
        Assert.Equal("chuyenvien", submission.UploadedBy);
        var events = await host.WithAsync(s => s.GetRequiredService<IntakeInbox>().EventsAsync(item.Id));
        Assert.Equal(["received-time", "confirmed"], events.Select(e => e.Action));
        Assert.Contains("Theo thời gian trên hệ thống", events[0].Detail, StringComparison.Ordinal);
        Assert.Empty(await host.WithAsync(s => s.GetRequiredService<IntakeInbox>().WaitingAsync()));

        var twice = await host.WithAsync(s => s.GetRequiredService<IntakeInbox>().ConfirmAsync(reviewer, item.Id, units[1].Id, request.Id, null, null));
        Assert.Equal(409, twice.Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Zip_EachFileTaken_SameBytesTwiceIsADuplicate(string provider)
    {
        await using var host = await IntakeHost.CreateAsync(provider);
        await host.SeedAsync(Commune("XA-VINH-LINH", "Xã Vĩnh Linh"), Commune("XA-CUA-TUNG", "Xã Cửa Tùng"));
        var first = IntakeReports.Commune("VĨNH LINH", "Vĩnh Linh", "88");
        var second = IntakeReports.Commune("CỬA TÙNG", "Cửa Tùng", "31");
        var zip = Zip(("xuat-tu-eoffice/VL-88.txt", first), ("xuat-tu-eoffice/CT-31.txt", second));

        var outcomes = await host.WithAsync(s => s.GetRequiredService<FileIntake>().TakeAsync([new IncomingFile("lo-bao-cao.zip", zip)], new IntakeOrigin(IntakeChannel.Upload, "chuyenvien")));
        Assert.Equal(["VL-88.txt", "CT-31.txt"], outcomes.Select(o => o.Item.FileName));
        Assert.Equal(["XA-VINH-LINH", "XA-CUA-TUNG"], outcomes.Select(o => o.UnitCode));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), outcomes[0].Item.FileSha256);

        var again = await host.WithAsync(s => s.GetRequiredService<FileIntake>().TakeAsync([new IncomingFile("VL-88 (1).txt", first)], new IntakeOrigin(IntakeChannel.Upload, "chuyenvien")));
        Assert.Equal("duplicate", Assert.Single(again).Status);
        Assert.Equal(2, await host.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApprovedReport_IsLocked_ANewFileWaits_AndConfirmingItIsRefused(string provider)
    {
        await using var host = await IntakeHost.CreateAsync(provider);
        var (units, request) = await host.SeedAsync(Commune("XA-BEN-QUAN", "Xã Bến Quan"));
        var origin = new IntakeOrigin(IntakeChannel.Upload, "chuyenvien");
        var first = await host.WithAsync(s => s.GetRequiredService<FileIntake>().TakeAsync(
            [new IncomingFile("BQ-14.txt", IntakeReports.Commune("BẾN QUAN", "Bến Quan", "14"))], origin));
        Assert.Equal("filed", Assert.Single(first).Status);
        await host.WithDbAsync(db => db.Submissions.ExecuteUpdateAsync(u => u.SetProperty(s => s.Review, SubmissionReview.Approved)));

        // A corrected copy sent after the Department approved the report: not a new version behind the reviewer's back.
        var second = await host.WithAsync(s => s.GetRequiredService<FileIntake>().TakeAsync(
            [new IncomingFile("BQ-14-sua.txt", IntakeReports.Commune("BẾN QUAN", "Bến Quan", "15"))], origin));
        var waiting = Assert.Single(second);
        Assert.Equal("needs-review", waiting.Status);
        Assert.Contains(waiting.Item.Reasons.Split('\n'), r => r.Contains("không nhận bản mới", StringComparison.Ordinal));

        var reviewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "chuyenvien")], "test"));
        var refused = await host.WithAsync(s => s.GetRequiredService<IntakeInbox>().ConfirmAsync(reviewer, waiting.Item.Id, units[0].Id, request.Id, null, null));
        Assert.False(refused.Succeeded);
        Assert.Contains("mở lại báo cáo", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, await host.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnreadableFile_WaitsWithItsReason_AndTheBatchGoesOn(string provider)
    {
        await using var host = await IntakeHost.CreateAsync(provider);
        await host.SeedAsync(Commune("XA-CON-CO", "Xã Cồn Cỏ"));
        var garbage = new byte[3000];
        new Random(3).NextBytes(garbage);
        garbage[0] = 0;
        var outcomes = await host.WithAsync(s => s.GetRequiredService<FileIntake>().TakeAsync(
            [new IncomingFile("hong.bin", garbage), new IncomingFile("bc.txt", IntakeReports.Commune("CỒN CỎ", "Cồn Cỏ", "5"))], new IntakeOrigin(IntakeChannel.Folder, null)));
        Assert.Equal(["needs-review", "filed"], outcomes.Select(o => o.Status));
        Assert.StartsWith("Không đọc được tệp", outcomes[0].Item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchFolder_TakesDroppedFiles_AndMovesThemAside()
    {
        await using var host = await IntakeHost.CreateAsync("sqlite");
        await host.SeedAsync(Commune("XA-BEN-HAI", "Xã Bến Hải"));
        using var folder = new TempDirectory("tonghop-watch-");
        var dropped = folder.File("BC-BenHai.txt");
        await File.WriteAllBytesAsync(dropped, IntakeReports.Commune("BẾN HẢI", "Bến Hải", "14"));
        File.SetLastWriteTimeUtc(dropped, DateTime.UtcNow.AddMinutes(-5));
        var watch = new WatchFolderIntake(
            host.Services.CreateScope().ServiceProvider.GetRequiredService<FileIntake>(), new IntakeOptions(folder.Path, TimeSpan.FromSeconds(30)),
            TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<WatchFolderIntake>.Instance);

        Assert.Equal(1, await watch.PollAsync());
        Assert.False(File.Exists(dropped));
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "taken"), "BC-BenHai.txt", SearchOption.AllDirectories));
        Assert.Equal(0, await watch.PollAsync());
        var submission = await host.WithDbAsync(db => db.Submissions.Include(s => s.Unit).SingleAsync());
        Assert.Equal("Xã Bến Hải", submission.Unit!.Name);
        Assert.Equal(File.GetLastWriteTimeUtc(Directory.GetFiles(Path.Combine(folder.Path, "taken"), "*", SearchOption.AllDirectories)[0]), submission.ReceivedAtUtc, TimeSpan.FromSeconds(1));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return memory.ToArray();
    }
}
