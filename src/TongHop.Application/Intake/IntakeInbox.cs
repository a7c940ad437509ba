using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;
using TongHop.Storage.Files;

namespace TongHop.Application.Intake;

/// <summary>
/// The intake inbox: files that wait for a person (unit unknown or doubtful, request unclear, unreadable). One click
/// confirms the proposed unit and request or changes them; the file is then filed through <see cref="SubmissionIntake"/>
/// with its annexes (the other files of the same e-mail). A file can be set aside, and the received time of any file
/// corrected with a reason. Every decision is in the audit trail (<see cref="IntakeEvent"/>).
/// </summary>
public sealed class IntakeInbox(TongHopDbContext db, SubmissionIntake submissions, TimeProvider clock)
{
    public Task<List<IntakeItem>> WaitingAsync(CancellationToken cancellationToken = default) =>
        db.IntakeItems.AsNoTracking().Include(i => i.Unit).Include(i => i.Request).Include(i => i.Message)
            .Where(i => i.State == IntakeState.NeedsReview && i.Role == IntakeRole.Report).OrderBy(i => i.Id).ToListAsync(cancellationToken);

    public Task<List<IntakeItem>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        db.IntakeItems.AsNoTracking().Include(i => i.Unit).Include(i => i.Request)
            .Where(i => i.State != IntakeState.NeedsReview).OrderByDescending(i => i.Id).Take(count).ToListAsync(cancellationToken);

    public Task<List<IntakeEvent>> EventsAsync(int itemId, CancellationToken cancellationToken = default) =>
        db.IntakeEvents.AsNoTracking().Where(e => e.ItemId == itemId).OrderBy(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Files a waiting item to <paramref name="unitId"/> and <paramref name="requestId"/>, received at
    /// <paramref name="receivedAtUtc"/> when given (then <paramref name="reason"/> is required).
    /// </summary>
    public async Task<InboxResult> ConfirmAsync(
        ClaimsPrincipal user, int itemId, int unitId, int requestId, DateTime? receivedAtUtc, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var by = user.Identity?.Name ?? "?";
        var item = await db.IntakeItems.AsTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return InboxResult.Fail("Không có tệp này trong hộp tiếp nhận.", StatusCodes.Status404NotFound);
        }

        if (item.State != IntakeState.NeedsReview || item.Role != IntakeRole.Report)
        {
            return InboxResult.Fail("Tệp này đã được xử lý.", StatusCodes.Status409Conflict);
        }

        if (!await db.RequestRecipients.AnyAsync(r => r.RequestId == requestId && r.UnitId == unitId, cancellationToken))
        {
            return InboxResult.Fail("Yêu cầu báo cáo đã chọn không gửi cho đơn vị đã chọn.", StatusCodes.Status400BadRequest);
        }

        if (await submissions.LockedAsync(requestId, unitId, cancellationToken) is { } locked)
        {
            return InboxResult.Fail(locked, StatusCodes.Status409Conflict);
        }

        if (receivedAtUtc is { } changed && changed != item.ReceivedAtUtc && string.IsNullOrWhiteSpace(reason))
        {
            return InboxResult.Fail("Sửa thời gian nhận cần ghi lý do.", StatusCodes.Status400BadRequest);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, cancellationToken);
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken);
        var changedUnit = item.UnitId != unitId || item.RequestId != requestId;
        SetReceived(item, receivedAtUtc, reason, by);
        var saved = new OriginalSaveResult(item.FileSha256, item.Size, null);
        var submission = await submissions.FileStoredAsync(by, requestId, unitId, item.FileName, saved, item.ReceivedAtUtc, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        (item.State, item.UnitId, item.RequestId, item.Submission, item.DecidedBy, item.DecidedAtUtc) =
            (IntakeState.Filed, unitId, requestId, submission, by, now);
        Event(item, by, "confirmed", (changedUnit ? "Chọn " : "Xác nhận ") + $"{unit.Name}, yêu cầu {request.Title}");
        if (item.MessageId is { } messageId)
        {
            var annexes = await db.IntakeItems.AsTracking()
                .Where(i => i.MessageId == messageId && i.Role == IntakeRole.Annex && i.State == IntakeState.NeedsReview).ToListAsync(cancellationToken);
            foreach (var annex in annexes)
            {
                (annex.State, annex.UnitId, annex.RequestId, annex.Submission, annex.DecidedBy, annex.DecidedAtUtc, annex.ReceivedAtUtc) =
                    (IntakeState.Filed, unitId, requestId, submission, by, now, item.ReceivedAtUtc);
                Event(annex, by, "confirmed", $"Tệp kèm theo báo cáo {item.FileName}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return InboxResult.Ok(item);
    }

    /// <summary>Sets a waiting item aside (not a report, sent by mistake), with its annexes.</summary>
    public async Task<InboxResult> DismissAsync(ClaimsPrincipal user, int itemId, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var item = await db.IntakeItems.AsTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null || item.State != IntakeState.NeedsReview)
        {
            return InboxResult.Fail(item is null ? "Không có tệp này trong hộp tiếp nhận." : "Tệp này đã được xử lý.",
                item is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }

        var by = user.Identity?.Name ?? "?";
        var group = item.MessageId is { } messageId && item.Role == IntakeRole.Report
            ? await db.IntakeItems.AsTracking().Where(i => i.MessageId == messageId && i.State == IntakeState.NeedsReview).ToListAsync(cancellationToken)
            : [item];
        foreach (var i in group)
        {
            (i.State, i.DecidedBy, i.DecidedAtUtc) = (IntakeState.Dismissed, by, clock.GetUtcNow().UtcDateTime);
            Event(i, by, "dismissed", string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        }

        await db.SaveChangesAsync(cancellationToken);
        return InboxResult.Ok(item);
    }

    /// <summary>Corrects when a filed file was received (its submission's received time, so its on-time status), with a reason.</summary>
    public async Task<InboxResult> ChangeReceivedTimeAsync(ClaimsPrincipal user, int itemId, DateTime receivedAtUtc, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return InboxResult.Fail("Sửa thời gian nhận cần ghi lý do.", StatusCodes.Status400BadRequest);
        }

        var item = await db.IntakeItems.AsTracking().Include(i => i.Submission).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return InboxResult.Fail("Không có tệp này trong hộp tiếp nhận.", StatusCodes.Status404NotFound);
        }

        SetReceived(item, receivedAtUtc, reason, user.Identity?.Name ?? "?");
        if (item.Submission is { } submission && item.Role == IntakeRole.Report)
        {
            submission.ReceivedAtUtc = item.ReceivedAtUtc;
        }

        await db.SaveChangesAsync(cancellationToken);
        return InboxResult.Ok(item);
    }

    private void SetReceived(IntakeItem item, DateTime? receivedAtUtc, string? reason, string by)
    {
        if (receivedAtUtc is not { } at || at == item.ReceivedAtUtc)
        {
            return;
        }

        Event(item, by, "received-time", $"{TongHop.Text.Dates.VietnameseDates.FormatDateTime(TongHop.Core.Time.ProvinceTime.ToLocal(item.ReceivedAtUtc))} → " +
                                         $"{TongHop.Text.Dates.VietnameseDates.FormatDateTime(TongHop.Core.Time.ProvinceTime.ToLocal(at))}: {reason!.Trim()}");
        item.ReceivedAtUtc = at;
    }

    private void Event(IntakeItem item, string by, string action, string? detail) =>
        db.IntakeEvents.Add(new IntakeEvent { Item = item, UserName = by, Action = action, Detail = detail, AtUtc = clock.GetUtcNow().UtcDateTime });
}

/// <summary>The item after a decision, or why it was refused (Vietnamese) with the HTTP status that says so.</summary>
public sealed record InboxResult(IntakeItem? Item, string? Error, int Status)
{
    public bool Succeeded => Item is not null;

    public static InboxResult Ok(IntakeItem item) => new(item, null, StatusCodes.Status200OK);

    public static InboxResult Fail(string error, int status) => new(null, error, status);
}
