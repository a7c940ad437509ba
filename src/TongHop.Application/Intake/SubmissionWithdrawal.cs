using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Intake;

/// <summary>
/// A unit takes back a submission it sent by mistake, before anyone reviewed it: the submission and its originals
/// stay stored (with who withdrew it and when), but it no longer counts; the unit's previous version, if any, counts again.
/// </summary>
public sealed class SubmissionWithdrawal(TongHopDbContext db, TimeProvider clock, Permissions permissions)
{
    public async Task<IntakeResult> WithdrawAsync(ClaimsPrincipal user, int submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var submission = await db.Submissions.AsTracking().Include(s => s.Request).SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null || !(await permissions.UnitsOfAsync(user)).CanSee(submission.UnitId))
        {
            return IntakeResult.Fail("Không tìm thấy báo cáo này.", StatusCodes.Status404NotFound);
        }

        if (submission.WithdrawnAtUtc is not null)
        {
            return IntakeResult.Fail("Báo cáo này đã được rút trước đó.", StatusCodes.Status409Conflict);
        }

        if (submission.Request!.ClosedAtUtc is not null)
        {
            return IntakeResult.Fail("Yêu cầu báo cáo đã đóng, không rút được báo cáo.", StatusCodes.Status409Conflict);
        }

        if (await db.Values.AnyAsync(v => v.SubmissionId == submissionId && v.Review != ReviewState.Auto, cancellationToken))
        {
            return IntakeResult.Fail("Báo cáo đã được rà soát, không rút được; vui lòng liên hệ chuyên viên của Sở.", StatusCodes.Status409Conflict);
        }

        submission.WithdrawnAtUtc = clock.GetUtcNow().UtcDateTime;
        submission.WithdrawnBy = user.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
        return IntakeResult.Ok(submission) with { Status = StatusCodes.Status200OK };
    }
}
