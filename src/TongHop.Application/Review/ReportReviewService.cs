using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Review;

/// <summary>
/// Moves a report through its review states (<see cref="ReportStates"/>): start, return with comments, approve,
/// accept, reopen with a reason. Who may do what is a policy (<see cref="Policies.Review"/> for reviewers,
/// <see cref="Policies.Accept"/> for leaders); only a unit's latest version moves, and only a read report is approved.
/// Each step writes its audit row (<see cref="SubmissionReviewEvent"/>) in the same SaveChanges as the new state.
/// </summary>
public sealed class ReportReviewService(TongHopDbContext db, Permissions permissions, TimeProvider clock)
{
    public const int MaxComment = 2000;

    public async Task<ReportReviewOutcome> ApplyAsync(ClaimsPrincipal user, int submissionId, ReportAction action, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var submission = await db.Submissions.AsTracking().Include(s => s.Unit).SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null || !(await permissions.UnitsOfAsync(user)).CanSee(submission.UnitId))
        {
            return ReportReviewOutcome.Fail(StatusCodes.Status404NotFound, "Không tìm thấy báo cáo.");
        }

        if (!await MayAsync(user, action, submission.Review))
        {
            return ReportReviewOutcome.Fail(StatusCodes.Status403Forbidden, $"Bạn không có quyền \"{ReportStates.Label(action).ToLowerInvariant()}\" báo cáo này.");
        }

        comment = comment?.Trim();
        if (ReportStates.NeedsComment(action) && string.IsNullOrEmpty(comment))
        {
            return ReportReviewOutcome.Fail(StatusCodes.Status400BadRequest,
                action == ReportAction.Return ? "Trả lại báo cáo cần ghi rõ nội dung đơn vị phải chỉnh sửa." : "Mở lại báo cáo cần ghi rõ lý do.");
        }

        if (comment?.Length > MaxComment)
        {
            return ReportReviewOutcome.Fail(StatusCodes.Status400BadRequest, $"Nội dung ghi chú dài quá {MaxComment} ký tự.");
        }

        if (ReportStates.Next(submission.Review, action) is not { } next)
        {
            return ReportReviewOutcome.Fail(StatusCodes.Status409Conflict,
                $"Không thể \"{ReportStates.Label(action).ToLowerInvariant()}\" báo cáo đang ở trạng thái \"{ReportStates.Label(submission.Review)}\".");
        }

        var newer = await db.Submissions.AnyAsync(s => s.RequestId == submission.RequestId && s.UnitId == submission.UnitId && s.Version > submission.Version, cancellationToken);
        if (newer)
        {
            return ReportReviewOutcome.Fail(StatusCodes.Status409Conflict, "Đơn vị đã gửi bản mới hơn; hãy rà soát bản mới nhất.");
        }

        if (action is ReportAction.Approve or ReportAction.Accept && submission.State != ProcessingState.Done)
        {
            return ReportReviewOutcome.Fail(StatusCodes.Status409Conflict, "Báo cáo chưa được đọc xong (hoặc không đọc được) nên chưa thể duyệt; có thể trả lại đơn vị.");
        }

        Record(submission, action, next, user.Identity?.Name ?? "?", comment);
        await db.SaveChangesAsync(cancellationToken);
        return ReportReviewOutcome.Ok(submission);
    }

    /// <summary>
    /// A reviewer's first look at a value of a received report starts its review (audited as <c>start</c>); the
    /// caller saves. A locked report refuses the change with the reason.
    /// </summary>
    internal void EnsureReviewable(Submission submission, string userName)
    {
        if (ReportStates.IsLocked(submission.Review))
        {
            throw new ReportLockedException(
                $"Báo cáo của {submission.Unit?.Name ?? "đơn vị"} (bản {submission.Version}) đã ở trạng thái \"{ReportStates.Label(submission.Review)}\" nên số liệu đã khóa; cần mở lại báo cáo (kèm lý do) trước khi sửa.");
        }

        if (submission.Review == SubmissionReview.Received)
        {
            Record(submission, ReportAction.Start, SubmissionReview.UnderReview, userName, null);
        }
    }

    private void Record(Submission submission, ReportAction action, SubmissionReview next, string userName, string? comment)
    {
        db.SubmissionReviewEvents.Add(new SubmissionReviewEvent
        {
            SubmissionId = submission.Id,
            Action = ReportStates.Code(action),
            FromState = submission.Review,
            ToState = next,
            UserName = userName,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Comment = string.IsNullOrEmpty(comment) ? null : comment,
        });
        submission.Review = next;
    }

    private async Task<bool> MayAsync(ClaimsPrincipal user, ReportAction action, SubmissionReview from)
    {
        Task<bool> Has(string policy) => permissions.AllowsAsync(user, policy);
        return action switch
        {
            ReportAction.Accept => await Has(Policies.Accept),
            ReportAction.Reopen when from == SubmissionReview.Accepted => await Has(Policies.Accept),
            ReportAction.Reopen => await Has(Policies.Accept) || await Has(Policies.Review),
            _ => await Has(Policies.Review),
        };
    }
}
