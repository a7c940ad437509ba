using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;

namespace TongHop.Web.Tests.Support;

/// <summary>
/// A small province made for one test: two units (A, B), a request to both, users of every role and a
/// submission of unit A with seeded values. Names carry a unique suffix so tests can share one app.
/// </summary>
public sealed class World
{
    public const string Password = "mat-khau-thu-nghiem";

    private World(TestApp app, string tag) => (App, Tag) = (app, tag);

    public TestApp App { get; }

    public string Tag { get; }

    public OrgUnit UnitA { get; private set; } = null!;

    public OrgUnit UnitB { get; private set; } = null!;

    public ReportRequest Request { get; private set; } = null!;

    public Submission SubmissionA { get; private set; } = null!;

    public Submission SubmissionB { get; private set; } = null!;

    public ReportedValue ValueA { get; private set; } = null!;

    public string Admin => "admin-" + Tag;

    public string Reviewer => "reviewer-" + Tag;

    public string Leader => "leader-" + Tag;

    public string ReporterA => "reporter-a-" + Tag;

    public string ReporterB => "reporter-b-" + Tag;

    public static async Task<World> CreateAsync(string provider) => await CreateAsync(await TestApp.GetAsync(provider));

    public static async Task<World> CreateAsync(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = new World(app, Guid.NewGuid().ToString("N")[..8]);
        await world.SeedAsync();
        return world;
    }

    public async Task<T> WithDbAsync<T>(Func<TongHopDbContext, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TongHopDbContext>());
    }

    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        UnitA = new OrgUnit { Code = "A-" + Tag, Name = "Xã An Phú " + Tag, Kind = OrgUnitKind.Commune, ContactName = "Nguyễn Văn A", ContactPhone = "0255 111 222" };
        UnitB = new OrgUnit { Code = "B-" + Tag, Name = "Phường Bình Minh " + Tag, Kind = OrgUnitKind.Ward, ContactName = "Trần Thị B", ContactPhone = "0255 333 444" };
        var deadline = new DateTime(2025, 9, 25, 9, 0, 0, DateTimeKind.Utc);
        Request = new ReportRequest
        {
            Title = "Báo cáo thử " + Tag, PeriodLabel = "9 tháng đầu năm 2025", PeriodFrom = new DateOnly(2025, 1, 1), PeriodTo = new DateOnly(2025, 9, 30),
            DeadlineUtc = deadline, CreatedAtUtc = deadline.AddDays(-10),
            Recipients = [new RequestRecipient { Unit = UnitA }, new RequestRecipient { Unit = UnitB }],
        };
        db.Requests.Add(Request);
        SubmissionA = NewSubmission(db, UnitA, deadline.AddHours(-5), "Xã An Phú có 12 trạm BTS.");
        SubmissionB = NewSubmission(db, UnitB, deadline.AddHours(30), "Phường Bình Minh có 8 trạm BTS.");
        await db.SaveChangesAsync();
        ValueA = NewValue(SubmissionA, "bts_stations", 12, 13, 15);
        db.Values.AddRange(ValueA, NewValue(SubmissionB, "bts_stations", 8, 20, 21));
        await db.SaveChangesAsync();
        await CreateUsersAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    private Submission NewSubmission(TongHopDbContext db, OrgUnit unit, DateTime received, string text)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text + Tag)));
        db.Files.Add(new StoredFile { Sha256 = sha, Size = text.Length, StoredAtUtc = received });
        var submission = new Submission
        {
            Request = Request, Unit = unit, Version = 1, ReceivedAtUtc = received, FileSha256 = sha, FileName = "bao-cao.txt",
            State = ProcessingState.Done, RestoredText = text, ExtractionJson = "{\"indicators\":[]}",
        };
        db.Submissions.Add(submission);
        return submission;
    }

    private static ReportedValue NewValue(Submission s, string key, decimal value, int start, int end) => new()
    {
        SubmissionId = s.Id, RequestId = s.RequestId, UnitId = s.UnitId, IndicatorKey = key, Kind = ValueKind.Actual, Value = value,
        MeasureUnit = MeasureUnit.Count, Evidence = "có " + value.ToString(CultureInfo.InvariantCulture) + " trạm BTS", SpanStart = start, SpanEnd = end, Confidence = 0.9,
    };

    private async Task CreateUsersAsync(UserManager<AppUser> users)
    {
        foreach (var (name, role, unit) in new (string, string, int?)[]
                 {
                     (Admin, AppRoles.Admin, null), (Reviewer, AppRoles.Reviewer, null), (Leader, AppRoles.Leader, null),
                     (ReporterA, AppRoles.Reporter, UnitA.Id), (ReporterB, AppRoles.Reporter, UnitB.Id),
                 })
        {
            var (ok, error) = await UserAdministration.CreateAsync(users, name, name, Password, role, unit);
            Assert.True(ok, error);
        }
    }
}
