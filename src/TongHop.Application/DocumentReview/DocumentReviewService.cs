using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Review;
using TongHop.Application.Security;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.DocumentReview;

/// <summary>The outcome of a decision on a metadata field: the document as it now stands, or why the decision was refused.</summary>
public sealed record DocumentReviewOutcome(ReviewedDocument? Document, string? Error, bool NotFound = false);

/// <summary>
/// Reads and reviews a submission's document metadata (number, date, issuer, signer, title, period): confirm a field as
/// read, or correct it; every decision is a new audit row (who, when, from what to what) and the latest one counts.
/// </summary>
public sealed class DocumentReviewService(TongHopDbContext db, TimeProvider clock, Permissions permissions)
{
    /// <returns>The reviewed metadata, or null when the submission does not exist or the user may not see its unit.</returns>
    public async Task<ReviewedDocument?> GetAsync(ClaimsPrincipal user, int submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var submission = await db.Submissions.AsNoTracking().Where(s => s.Id == submissionId)
            .Select(s => new { s.UnitId, s.ExtractionJson }).SingleOrDefaultAsync(cancellationToken);
        if (submission is null || !(await permissions.UnitsOfAsync(user)).CanSee(submission.UnitId))
        {
            return null;
        }

        return ReviewedDocument.Build(submission.ExtractionJson, await ReviewsAsync(submissionId, cancellationToken));
    }

    /// <summary>The reviewed metadata of several submissions at once (the synthesis: its caller checked the reader), without a user check.</summary>
    public static async Task<Dictionary<int, ReviewedDocument>> ManyAsync(TongHopDbContext db, IReadOnlyCollection<int> submissionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(submissionIds);
        var jsons = await db.Submissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id)).Select(s => new { s.Id, s.ExtractionJson }).ToListAsync(cancellationToken);
        var reviews = (await db.DocumentFieldReviews.AsNoTracking().Where(r => submissionIds.Contains(r.SubmissionId)).ToListAsync(cancellationToken)).ToLookup(r => r.SubmissionId);
        return jsons.ToDictionary(s => s.Id, s => ReviewedDocument.Build(s.ExtractionJson, reviews[s.Id].ToList()));
    }

    public async Task<DocumentReviewOutcome> ApplyAsync(
        ClaimsPrincipal user, int submissionId, string field, ReviewAction action, string? typed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var current = await permissions.AllowsAsync(user, Policies.Review) ? await GetAsync(user, submissionId, cancellationToken) : null;
        if (current is null)
        {
            return new DocumentReviewOutcome(null, "Không tìm thấy báo cáo.", NotFound: true);
        }

        if (!DocumentFields.IsKnown(field))
        {
            return new DocumentReviewOutcome(null, $"Không có trường “{field}”; các trường: {string.Join(", ", DocumentFields.All)}.");
        }

        string? value;
        ReviewState state;
        switch (action)
        {
            case ReviewAction.Confirm:
                value = current[field].Extracted;
                state = ReviewState.Confirmed;
                break;
            case ReviewAction.Correct:
                if (DocumentFields.Normalize(field, typed, out value) is { } error)
                {
                    return new DocumentReviewOutcome(null, error);
                }

                state = ReviewState.Corrected;
                break;
            default:
                return new DocumentReviewOutcome(null, "Thông tin văn bản chỉ có thể xác nhận hoặc sửa.");
        }

        db.DocumentFieldReviews.Add(new DocumentFieldReview
        {
            SubmissionId = submissionId,
            Field = field,
            State = state,
            Value = value,
            FromValue = current[field].Value,
            UserName = user.Identity?.Name ?? "?",
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new DocumentReviewOutcome(await GetAsync(user, submissionId, cancellationToken), null);
    }

    private Task<List<DocumentFieldReview>> ReviewsAsync(int submissionId, CancellationToken cancellationToken) =>
        db.DocumentFieldReviews.AsNoTracking().Where(r => r.SubmissionId == submissionId).ToListAsync(cancellationToken);
}
