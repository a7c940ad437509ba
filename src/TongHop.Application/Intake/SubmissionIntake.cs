using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Processing;
using TongHop.Application.Requests;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Storage.Jobs;
using TongHop.Storage.Submissions;

namespace TongHop.Application.Intake;

/// <summary>
/// Accepts an uploaded report: the original is stored first (durably, by SHA-256), then the submission
/// and its extraction job are committed together, so an upload that was answered is never lost and
/// always gets processed. Returns at once; extraction runs in the background.
/// </summary>
public sealed class SubmissionIntake(TongHopDbContext db, OriginalStore originals, JobQueue queue, JobSignal signal, TimeProvider clock, Permissions permissions)
{
    public async Task<IntakeResult> AcceptAsync(ClaimsPrincipal user, int requestId, int unitId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await permissions.AllowsAsync(user, Policies.Upload))
        {
            return IntakeResult.Fail("Bạn không có quyền gửi báo cáo.", StatusCodes.Status403Forbidden);
        }

        if (!(await permissions.UnitsOfAsync(user)).CanSee(unitId))
        {
            return IntakeResult.Fail("Bạn chỉ được gửi báo cáo của đơn vị mình.", StatusCodes.Status403Forbidden);
        }

        var isRecipient = await db.RequestRecipients.AnyAsync(r => r.RequestId == requestId && r.UnitId == unitId, cancellationToken);
        if (!isRecipient)
        {
            return IntakeResult.Fail("Không có yêu cầu báo cáo này cho đơn vị đã chọn.", StatusCodes.Status404NotFound);
        }

        var latest = await db.Submissions.Where(s => s.RequestId == requestId && s.UnitId == unitId).OrderByDescending(s => s.Version)
            .Select(s => (SubmissionReview?)s.Review).FirstOrDefaultAsync(cancellationToken);
        if (latest is { } review && Review.ReportStates.IsLocked(review))
        {
            return IntakeResult.Fail(
                $"Báo cáo của đơn vị cho yêu cầu này đang ở trạng thái \"{Review.ReportStates.Label(review)}\" nên không nhận bản mới; cần mở lại báo cáo trước.",
                StatusCodes.Status409Conflict);
        }

        try
        {
            var saved = await originals.SaveAsync(content, cancellationToken);
            return saved.Succeeded
                ? IntakeResult.Ok(await CommitAsync(user.Identity?.Name, requestId, unitId, SafeName(fileName), saved, null, cancellationToken))
                : IntakeResult.Fail(saved.Error, saved.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (DbErrors.IsDiskFull(e))
        {
            // Nothing was committed: the client is told, and may send the file again once there is room.
            return IntakeResult.Fail(DiskFull, StatusCodes.Status507InsufficientStorage);
        }
    }

    /// <summary>The answer when the originals' disk or the database's disk is full.</summary>
    public const string DiskFull = "Máy chủ đã hết chỗ lưu trữ nên chưa nhận được tệp. Xin gửi lại sau ít phút hoặc báo quản trị hệ thống.";

    /// <summary>
    /// Files an original already stored (bulk, mail and folder intake, <see cref="FileIntake"/>) as the next version of
    /// the unit's report for the request, received at <paramref name="receivedAtUtc"/> (the channel's time). The caller
    /// has checked the unit and request.
    /// </summary>
    public Task<Submission> FileStoredAsync(string? by, int requestId, int unitId, string fileName, OriginalSaveResult saved, DateTime receivedAtUtc, CancellationToken cancellationToken = default) =>
        CommitAsync(by, requestId, unitId, SafeName(fileName), saved, receivedAtUtc, cancellationToken);

    // The version is allocated under the (request, unit) lock, so simultaneous uploads for one unit all get stored.
    private async Task<Submission> CommitAsync(string? by, int requestId, int unitId, string fileName, OriginalSaveResult saved, DateTime? receivedAtUtc, CancellationToken cancellationToken)
    {
        var submission = await SubmissionVersions.InsertNextAsync(
            db, requestId, unitId, version => InsertAsync(by, requestId, unitId, version, fileName, saved, receivedAtUtc, cancellationToken), cancellationToken);
        signal.Notify();
        return submission;
    }

    private async Task<Submission> InsertAsync(string? by, int requestId, int unitId, int version, string fileName, OriginalSaveResult saved, DateTime? receivedAtUtc, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Files.AnyAsync(f => f.Sha256 == saved.Sha256, cancellationToken) && !db.Files.Local.Any(f => f.Sha256 == saved.Sha256))
        {
            db.Files.Add(new StoredFile { Sha256 = saved.Sha256!, Size = saved.Size, StoredAtUtc = now });
        }

        var submission = new Submission
        {
            RequestId = requestId,
            UnitId = unitId,
            Version = version,
            ReceivedAtUtc = receivedAtUtc ?? now,
            FileSha256 = saved.Sha256!,
            FileName = fileName,
            UploadedBy = by,
            State = ProcessingState.Queued,
        };
        db.Submissions.Add(submission);
        queue.Enqueue(JobKinds.Extract, submission);
        await db.SaveChangesAsync(cancellationToken);
        return submission;
    }

    // Only the name is kept (no folders from the client), bounded in length.
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        name = name.Length == 0 ? "bao-cao" : name;
        return name.Length > 200 ? name[^200..] : name;
    }
}
