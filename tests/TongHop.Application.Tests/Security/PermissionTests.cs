using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Intake;
using TongHop.Application.Review;
using TongHop.Application.Security;
using TongHop.Application.Tests.Support;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;
using TongHop.Storage.Tests.Support;

namespace TongHop.Application.Tests.Security;

/// <summary>The services ask the policies themselves: reached without a page or endpoint in front, they still refuse.</summary>
public sealed class PermissionTests
{
    [Fact]
    public async Task UnitsOf_FollowsTheReadPolicyAndTheUnitClaim()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var services = await AppServices.BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var permissions = scope.ServiceProvider.GetRequiredService<Permissions>();
        Assert.Equal(UnitScope.All, await permissions.UnitsOfAsync(User(AppRoles.Leader)));
        Assert.Equal(UnitScope.Of(7), await permissions.UnitsOfAsync(User(AppRoles.Reporter, unit: 7)));
        Assert.Equal(UnitScope.Of(null), await permissions.UnitsOfAsync(User(AppRoles.Reporter)));
        Assert.Equal(UnitScope.Of(null), await permissions.UnitsOfAsync(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.False(await permissions.AllowsAsync(User(AppRoles.Leader), Policies.Review));
        Assert.True(await permissions.AllowsAsync(User(AppRoles.Reviewer), Policies.Review));
    }

    [Fact]
    public async Task Review_ByALeaderOrAnotherUnitsReporter_ChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var services = await AppServices.BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var value = await SeedValueAsync(db);
        var review = scope.ServiceProvider.GetRequiredService<ReviewService>();

        Assert.Null(await review.ApplyAsync(User(AppRoles.Leader), value.Id, ReviewAction.Reject, null, null));
        Assert.Null(await review.ApplyAsync(User(AppRoles.Reporter, unit: value.UnitId), value.Id, ReviewAction.Reject, null, null));
        Assert.Equal(ReviewState.Auto, (await db.Values.AsNoTracking().SingleAsync(v => v.Id == value.Id)).Review);
        Assert.Empty(await db.ReviewEvents.ToListAsync());

        var done = await review.ApplyAsync(User(AppRoles.Reviewer), value.Id, ReviewAction.Confirm, null, null);
        Assert.Equal(ReviewState.Confirmed, done?.Review);
    }

    [Fact]
    public async Task Intake_ByALeader_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var services = await AppServices.BuildAsync(database);
        await using var scope = services.CreateAsyncScope();
        var value = await SeedValueAsync(scope.ServiceProvider.GetRequiredService<TongHopDbContext>());
        var intake = scope.ServiceProvider.GetRequiredService<SubmissionIntake>();
        using var content = new MemoryStream("Báo cáo của xã."u8.ToArray());

        var refused = await intake.AcceptAsync(User(AppRoles.Leader), value.RequestId, value.UnitId, "bao-cao.txt", content);
        Assert.False(refused.Succeeded);
        Assert.Equal(403, refused.Status);
        content.Position = 0;
        var other = await intake.AcceptAsync(User(AppRoles.Reporter, unit: value.UnitId + 1), value.RequestId, value.UnitId, "bao-cao.txt", content);
        Assert.Equal((false, 403), (other.Succeeded, other.Status));
        content.Position = 0;
        Assert.True((await intake.AcceptAsync(User(AppRoles.Reporter, unit: value.UnitId), value.RequestId, value.UnitId, "bao-cao.txt", content)).Succeeded);
    }

    private static ClaimsPrincipal User(string role, int? unit = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, role + "-thu"), new(ClaimTypes.Role, role) };
        if (unit is { } u)
        {
            claims.Add(new Claim(UnitScope.ClaimType, u.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static async Task<ReportedValue> SeedValueAsync(TongHopDbContext db)
    {
        var unit = new OrgUnit { Code = "XA-QUYEN", Name = "Xã Thử Quyền", Kind = OrgUnitKind.Commune };
        var request = new ReportRequest
        {
            Title = "Báo cáo tháng", PeriodLabel = "Tháng 10 năm 2025", DeadlineUtc = new DateTime(2025, 11, 5, 9, 0, 0, DateTimeKind.Utc),
            CreatedAtUtc = new DateTime(2025, 10, 20, 1, 0, 0, DateTimeKind.Utc), Recipients = [new RequestRecipient { Unit = unit }],
        };
        db.Requests.Add(request);
        db.Files.Add(new StoredFile { Sha256 = new string('b', 64), Size = 3, StoredAtUtc = request.CreatedAtUtc });
        var submission = new Submission { Request = request, Unit = unit, Version = 1, ReceivedAtUtc = request.CreatedAtUtc, FileSha256 = new string('b', 64), FileName = "bc.txt", State = ProcessingState.Done };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        var value = new ReportedValue
        {
            SubmissionId = submission.Id, RequestId = request.Id, UnitId = unit.Id, IndicatorKey = "computers", Kind = ValueKind.Actual,
            Value = 12, MeasureUnit = MeasureUnit.Count, Evidence = "Có 12 máy tính.", Confidence = 0.8,
        };
        db.Values.Add(value);
        await db.SaveChangesAsync();
        return value;
    }
}
