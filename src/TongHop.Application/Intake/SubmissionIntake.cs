using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Processing;
using TongHop.Application.Security;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Storage.Jobs;
using TongHop.Storage.Submissions;

namespace TongHop.Application.Intake;

/// <summary>
/// Accepts what a unit sends for a request: one main report and its annexes, as ONE submission. The one way a
/// submission is created (upload page, API, other channels). Every file is checked by its first bytes before
/// anything is stored (a file that is no document refuses the whole upload); the originals are then stored
/// (durably, by SHA-256), and the submission, its files and its extraction job are committed together, so an
/// upload that was answered is never lost and always gets processed. Returns at once; extraction runs in the background.
/// </summary>
public sealed class SubmissionIntake(TongHopDbContext db, OriginalStore originals, JobQueue queue, JobSignal signal, TimeProvider clock, Permissions permissions)
{
    private const int HeadBytes = 8192;

    /// <summary>One file, sent as a new version when the unit already sent something (the former single-file call).</summary>
    public Task<IntakeResult> AcceptAsync(ClaimsPrincipal user, int requestId, int unitId, string fileName, Stream content, CancellationToken cancellationToken = default) =>
        AcceptAsync(user, new IntakeRequest(requestId, unitId, [new IntakeFile(fileName, content)], Resubmit: true), cancellationToken);

    public async Task<IntakeResult> AcceptAsync(ClaimsPrincipal user, IntakeRequest upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(upload);
        if (!await permissions.AllowsAsync(user, Policies.Upload))
        {
            return IntakeResult.Fail("Bạn không có quyền gửi báo cáo.", StatusCodes.Status403Forbidden);
        }

        if (!(await permissions.UnitsOfAsync(user)).CanSee(upload.UnitId))
        {
            return IntakeResult.Fail("Bạn chỉ được gửi báo cáo của đơn vị mình.", StatusCodes.Status403Forbidden);
        }

        if (upload.Files.Count == 0)
        {
            return IntakeResult.Fail("Cần chọn tệp báo cáo.");
        }

        var isRecipient = await db.RequestRecipients.AnyAsync(r => r.RequestId == upload.RequestId && r.UnitId == upload.UnitId, cancellationToken);
        if (!isRecipient)
        {
            return IntakeResult.Fail("Không có yêu cầu báo cáo này cho đơn vị đã chọn.", StatusCodes.Status404NotFound);
        }

        if (await LockedAsync(upload.RequestId, upload.UnitId, cancellationToken) is { } locked)
        {
            return IntakeResult.Fail(locked, StatusCodes.Status409Conflict);
        }

        var current = await CurrentAsync(upload.RequestId, upload.UnitId, cancellationToken);
        if (current is not null && !upload.Resubmit)
        {
            return IntakeResult.Fail(
                $"Đơn vị đã gửi báo cáo cho yêu cầu này (bản {current.Version}, biên nhận {Receipt.NumberOf(current)}). " +
                "Muốn thay bằng bản mới, chọn «Nộp lại».", StatusCodes.Status409Conflict);
        }

        var buffered = new List<(string Name, MemoryStream Bytes)>();
        try
        {
            foreach (var file in upload.Files)
            {
                var bytes = new MemoryStream();
                await file.Content.CopyToAsync(bytes, cancellationToken);
                var name = SafeName(file.FileName);
                buffered.Add((name, bytes));
                if (DocumentCheck.Refusal(name, bytes.GetBuffer().AsSpan(0, (int)Math.Min(bytes.Length, HeadBytes))) is { } refusal)
                {
                    return IntakeResult.Fail(refusal, bytes.Length == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status415UnsupportedMediaType);
                }
            }

            var saved = new List<(string Name, OriginalSaveResult File)>();
            foreach (var (name, bytes) in buffered)
            {
                bytes.Position = 0;
                var result = await originals.SaveAsync(bytes, cancellationToken);
                if (!result.Succeeded)
                {
                    return IntakeResult.Fail($"Tệp «{name}»: {result.Error}", result.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
                }

                saved.Add((name, result));
            }

            return IntakeResult.Ok(await CommitAsync(user.Identity?.Name, upload, saved, cancellationToken));
        }
        catch (Exception e) when (DbErrors.IsDiskFull(e))
        {
            // Nothing was committed: the client is told, and may send the file again once there is room.
            return IntakeResult.Fail(DiskFull, StatusCodes.Status507InsufficientStorage);
        }
        finally
        {
            foreach (var (_, bytes) in buffered)
            {
                await bytes.DisposeAsync();
            }
        }
    }

    /// <summary>The answer when the originals' disk or the database's disk is full.</summary>
    public const string DiskFull = "Máy chủ đã hết chỗ lưu trữ nên chưa nhận được tệp. Xin gửi lại sau ít phút hoặc báo quản trị hệ thống.";

    /// <summary>
    /// Files an original already stored (bulk, mail and folder intake, <see cref="FileIntake"/>) as the next version of
    /// the unit's report for the request, received at <paramref name="receivedAtUtc"/> (the channel's time). The caller
    /// has checked the unit and request, and <see cref="LockedAsync"/>.
    /// </summary>
    public Task<Submission> FileStoredAsync(string? by, int requestId, int unitId, string fileName, OriginalSaveResult saved, DateTime receivedAtUtc, CancellationToken cancellationToken = default) =>
        CommitAsync(by, new IntakeRequest(requestId, unitId, [], Resubmit: true, ReceivedAtUtc: receivedAtUtc), [(SafeName(fileName), saved)], cancellationToken);

    /// <summary>
    /// Why no new version of the unit's report for the request is taken (the request is closed, or the latest version is
    /// approved or accepted, so locked until reopened), or null when one is. Every channel asks: upload, API, bulk, mail, folder and the inbox.
    /// </summary>
    public async Task<string?> LockedAsync(int requestId, int unitId, CancellationToken cancellationToken = default)
    {
        if (await db.Requests.AnyAsync(r => r.Id == requestId && r.ClosedAtUtc != null, cancellationToken))
        {
            return "Yêu cầu báo cáo này đã đóng, không nhận thêm báo cáo.";
        }

        var latest = await db.Submissions.Where(s => s.RequestId == requestId && s.UnitId == unitId).OrderByDescending(s => s.Version)
            .Select(s => (SubmissionReview?)s.Review).FirstOrDefaultAsync(cancellationToken);
        return latest is { } review && Review.ReportStates.IsLocked(review)
            ? $"Báo cáo của đơn vị cho yêu cầu này đang ở trạng thái \"{Review.ReportStates.Label(review)}\" nên không nhận bản mới; cần mở lại báo cáo trước."
            : null;
    }

    /// <summary>The unit's submission that counts for the request: the latest version not withdrawn.</summary>
    public Task<Submission?> CurrentAsync(int requestId, int unitId, CancellationToken cancellationToken = default) =>
        db.Submissions.AsNoTracking().Where(s => s.RequestId == requestId && s.UnitId == unitId && s.WithdrawnAtUtc == null)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);

    // The version is allocated under the (request, unit) lock, so simultaneous uploads for one unit all get stored.
    private async Task<Submission> CommitAsync(string? by, IntakeRequest upload, List<(string Name, OriginalSaveResult File)> saved, CancellationToken cancellationToken)
    {
        var submission = await SubmissionVersions.InsertNextAsync(
            db, upload.RequestId, upload.UnitId, version => InsertAsync(by, upload, version, saved, cancellationToken), cancellationToken);
        signal.Notify();
        return submission;
    }

    private async Task<Submission> InsertAsync(string? by, IntakeRequest upload, int version, List<(string Name, OriginalSaveResult File)> saved, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var sha in saved.Select(f => f.File.Sha256!).Distinct(StringComparer.Ordinal))
        {
            if (!await db.Files.AnyAsync(f => f.Sha256 == sha, cancellationToken) && !db.Files.Local.Any(f => f.Sha256 == sha))
            {
                db.Files.Add(new StoredFile { Sha256 = sha, Size = saved.First(f => f.File.Sha256 == sha).File.Size, StoredAtUtc = now });
            }
        }

        var main = saved[0];
        var submission = new Submission
        {
            RequestId = upload.RequestId,
            UnitId = upload.UnitId,
            Version = version,
            ReceivedAtUtc = upload.ReceivedAtUtc ?? now,
            FileSha256 = main.File.Sha256!,
            FileName = main.Name,
            UploadedBy = by,
            State = ProcessingState.Queued,
            Files = saved.Select((f, i) => new SubmissionFile
            {
                Role = i == 0 ? SubmissionFileRole.Main : SubmissionFileRole.Annex,
                Position = i,
                FileSha256 = f.File.Sha256!,
                FileName = f.Name,
                Size = f.File.Size,
            }).ToList(),
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
