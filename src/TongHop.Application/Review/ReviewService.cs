using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Review;

/// <summary>
/// Confirms, corrects or rejects a value and writes the audit trail (who, when, from what to what) in the
/// same SaveChanges. The extracted value itself is never overwritten. A value of an approved or accepted report is
/// locked (<see cref="ReportLockedException"/>); the first review of a received report starts its review.
/// </summary>
public sealed class ReviewService(TongHopDbContext db, ReportReviewService reports, TimeProvider clock, Permissions permissions)
{
    /// <param name="submissionId">When given, the value must belong to this submission (the page it was posted from);
    /// checked before anything is written.</param>
    /// <returns>The updated value, or null when it does not exist, belongs to another submission than <paramref name="submissionId"/>,
    /// the user may not see its unit or may not review (<see cref="Policies.Review"/>); nothing is written then.</returns>
    /// <exception cref="ReportLockedException">The value's report is approved or accepted.</exception>
    public async Task<ReportedValue?> ApplyAsync(
        ClaimsPrincipal user, long valueId, ReviewAction action, decimal? correctedValue, string? note, int? submissionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await permissions.AllowsAsync(user, Policies.Review))
        {
            return null;
        }

        var value = await db.Values.SingleOrDefaultAsync(v => v.Id == valueId, cancellationToken);
        if (value is null || !(await permissions.UnitsOfAsync(user)).CanSee(value.UnitId) || (submissionId is { } expected && value.SubmissionId != expected))
        {
            return null;
        }

        if (action == ReviewAction.Correct && correctedValue is null)
        {
            throw new ArgumentException("a correction needs the new value", nameof(correctedValue));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = user.Identity?.Name ?? "?";
        var submission = await db.Submissions.Include(s => s.Unit).SingleAsync(s => s.Id == value.SubmissionId, cancellationToken);
        reports.EnsureReviewable(submission, name);
        db.ReviewEvents.Add(new ReviewEvent
        {
            ValueId = value.Id,
            FromState = value.Review,
            FromValue = value.EffectiveValue,
            ToState = StateOf(action),
            ToValue = action switch { ReviewAction.Correct => correctedValue, ReviewAction.Reject => null, _ => value.Value },
            UserName = name,
            AtUtc = now,
            Note = note?.Length > 500 ? note[..500] : note,
        });
        value.Review = StateOf(action);
        // Confirming means the extracted value is right, so an earlier correction no longer applies.
        value.CorrectedValue = action == ReviewAction.Correct ? correctedValue : null;
        value.ReviewedBy = name;
        value.ReviewedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return value;
    }

    private static ReviewState StateOf(ReviewAction action) => action switch
    {
        ReviewAction.Confirm => ReviewState.Confirmed,
        ReviewAction.Correct => ReviewState.Corrected,
        _ => ReviewState.Rejected,
    };
}
