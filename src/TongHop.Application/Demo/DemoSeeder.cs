using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Catalog;
using TongHop.Application.Processing;
using TongHop.Application.Requests;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Core.Time;
using TongHop.Pipeline;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Storage.Identity;

namespace TongHop.Application.Demo;

/// <summary>
/// Seeds the demo province on an empty database: ten units, the request "9 tháng đầu năm 2025" (the first request), nine
/// submissions made from synthetic reports (some on time, some late; Đặc khu Lý Sơn missing), each run
/// through the real pipeline, the earlier requests it is compared with (<see cref="DemoHistory"/>), and demo users. Where the pipeline finds no value for a figure the report
/// states (today's extractors are stubs), the figure is seeded with its line as evidence.
/// </summary>
public sealed class DemoSeeder(
    TongHopDbContext db, OriginalStore originals, ExtractionPipeline pipeline, UserManager<AppUser> users, StorageOptions storage)
{
    private Dictionary<string, MeasureUnit> _catalogUnits = [];

    public async Task<IReadOnlyList<DemoUser>> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return DemoUsersFile.Read(storage.DataDirectory);
        }

        _catalogUnits = await db.Indicators.ToDictionaryAsync(i => i.Key, i => i.Unit, cancellationToken);
        // All or nothing: a half-seeded demo (units without users) would never be completed by a later start.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var province = new OrgUnit { Code = DemoProvince.ProvinceCode, Name = DemoProvince.ProvinceName, Kind = OrgUnitKind.Province };
        var units = DemoProvince.Units.Select(u => new OrgUnit
        {
            Code = u.Code, Name = u.Name, Kind = u.Kind, Parent = province, ContactName = u.Contact, ContactPhone = u.Phone,
            ContactEmail = u.Code.ToLowerInvariant() + "@quangngai.gov.vn",
        }).ToList();
        db.Units.Add(province);
        db.Units.AddRange(units);
        var request = NewRequest(units);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < units.Count; i++)
        {
            if (DemoProvince.Units[i].HoursFromDeadline is { } hours)
            {
                await SubmitAsync(request, units[i], DemoProvince.Units[i], i, hours, cancellationToken);
            }
        }

        await DemoHistory.SeedAsync(db, originals, request, units, cancellationToken);
        var demoUsers = await CreateUsersAsync(units);
        DemoUsersFile.Write(storage.DataDirectory, demoUsers);
        await transaction.CommitAsync(cancellationToken);
        return demoUsers;
    }

    // The synthesis of the current request is still a draft: its number is left for the clerk.
    private static ReportRequest NewRequest(List<OrgUnit> units)
    {
        var request = NewRequestFields(units);
        DemoProvince.Sign(request, "/BC-SKHCN");
        return request;
    }

    private static ReportRequest NewRequestFields(List<OrgUnit> units) => new()
    {
        Title = "Báo cáo kết quả khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số 9 tháng đầu năm 2025",
        DispatchNumber = "1575/SKHCN-QLCN",
        PeriodLabel = "9 tháng đầu năm 2025",
        PeriodFrom = new DateOnly(2025, 1, 1),
        PeriodTo = new DateOnly(2025, 9, 30),
        DeadlineUtc = Deadline.FromLocal(DemoProvince.DeadlineLocal).Utc,
        CreatedAtUtc = ProvinceTime.ToUtc(new DateTime(2025, 9, 10, 9, 0, 0)),
        CreatedBy = "admin",
        Recipients = units.Select(u => new RequestRecipient { Unit = u }).ToList(),
    };

    private async Task SubmitAsync(ReportRequest request, OrgUnit unit, DemoUnit demo, int index, int hours, CancellationToken cancellationToken)
    {
        var received = request.DeadlineUtc.AddHours(hours).AddMinutes(-17 * index);
        var report = DemoReportWriter.Write(demo, 2025 + index, DateOnly.FromDateTime(ProvinceTime.ToLocal(received)));
        var bytes = Encoding.UTF8.GetBytes(report.Text);
        var saved = await originals.SaveAsync(new MemoryStream(bytes), cancellationToken);
        db.Files.Add(new StoredFile { Sha256 = saved.Sha256!, Size = saved.Size, StoredAtUtc = received });
        var submission = new Submission
        {
            RequestId = request.Id, UnitId = unit.Id, Version = 1, ReceivedAtUtc = received, FileSha256 = saved.Sha256!,
            FileName = $"bao-cao-9-thang-{demo.Code.ToLowerInvariant()}.txt", UploadedBy = "demo", State = ProcessingState.Done, ProcessedAtUtc = received,
        };
        submission.Files.Add(new SubmissionFile
        {
            Role = SubmissionFileRole.Main, FileSha256 = submission.FileSha256, FileName = submission.FileName, Size = saved.Size,
        });
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        StoreExtraction(submission, request, bytes, report);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void StoreExtraction(Submission submission, ReportRequest request, byte[] bytes, DemoReport report)
    {
        var read = pipeline.Reader.Read(bytes, submission.FileName);
        var result = pipeline.Extract(read.Source!, RequestInfo.Of(request));
        ValueRows.Add(db, submission, result);
        var found = result.Indicators.Select(v => (v.Key, v.Kind)).ToHashSet();
        db.Values.AddRange(report.Values.Where(v => !found.Contains((v.Key, v.Kind))).Select(v => Seeded(submission, v, result.Restored, _catalogUnits[v.Key])));
    }

    private static ReportedValue Seeded(Submission submission, DemoValue v, string restored, MeasureUnit unit)
    {
        var start = restored.IndexOf(v.Evidence, StringComparison.Ordinal);
        var span = start < 0 ? v.Span : new TongHop.Core.TextSpan(start, start + v.Evidence.Length);
        var value = new IndicatorValue(v.Key, v.Kind, v.Value, unit, v.Numerator, v.Denominator, Qualifier.Exact, null, v.Evidence.Trim(), span, 0.5);
        return ValueRows.From(submission, value);
    }

    private async Task<List<DemoUser>> CreateUsersAsync(List<OrgUnit> units)
    {
        var list = new List<DemoUser>
        {
            await CreateUserAsync("admin", "Quản trị hệ thống", AppRoles.Admin, null),
            await CreateUserAsync("chuyenvien", "Chuyên viên Sở KH&CN", AppRoles.Reviewer, null),
            await CreateUserAsync("lanhdao", "Lãnh đạo Sở KH&CN", AppRoles.Leader, null),
            await CreateUserAsync("tinhphong", "Cán bộ xã Tịnh Phong", AppRoles.Reporter, units.Single(u => u.Code == "XA-TINH-PHONG")),
            await CreateUserAsync("lyson", "Cán bộ đặc khu Lý Sơn", AppRoles.Reporter, units.Single(u => u.Code == "DK-LY-SON")),
        };
        return list;
    }

    private async Task<DemoUser> CreateUserAsync(string userName, string displayName, string role, OrgUnit? unit)
    {
        var password = NewPassword();
        var user = new AppUser { UserName = userName, DisplayName = displayName, UnitId = unit?.Id };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("demo user not created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return new DemoUser(userName, password, role, unit?.Name);
    }

    // 12 characters without look-alikes (0/O, 1/l/I), so they can be read off a screen and typed.
    private static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return new string(Enumerable.Range(0, 12).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
    }
}
