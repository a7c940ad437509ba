using Microsoft.EntityFrameworkCore;
using TongHop.Application.Mail;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Reminders;

/// <summary>
/// Runs one round of reminders for a request: plans who is to be reminded (<see cref="ReminderPlanner"/>), writes each
/// unit's <see cref="Reminder"/> row first (unique per request, unit and round: a unit another process already holds for
/// this round is skipped), then sends one message per unit over one SMTP connection (<see cref="MailSender"/>) and records
/// how each delivery went.
/// <para>
/// A crash mid-round (the worker takes the job up again once its lease runs out) is resolved on the next run of the round:
/// just before each message is handed over its row goes from pending to sending (a compare-and-set, so two runs never both
/// take it). A row still <b>pending</b> was never handed over: it is sent now, exactly once. A row left <b>sending</b> for
/// longer than <see cref="SendingTimeout"/> died during the hand-over, and whether the server took it cannot be known: it is
/// sent again, under the same Message-ID (<see cref="MessageIdOf"/>) so that a mail system that drops duplicates drops it,
/// and the row says it was resent; we chose a possible duplicate over a unit never reminded. A unit that reported meanwhile
/// is not reminded: its row becomes cancelled. docs/architecture.md, "Reminders after a crash".
/// </para>
/// </summary>
public sealed class ReminderService(TongHopDbContext db, MailSender mail, TimeProvider clock)
{
    /// <summary>A hand-over still marked as under way after this long belongs to a run that died (MailKit gives up a command after 30 s).</summary>
    public static readonly TimeSpan SendingTimeout = TimeSpan.FromMinutes(2);

    /// <summary>What the row says of a message sent again after a crash during its first hand-over.</summary>
    public const string ResentNote = "Gửi lại sau sự cố khi đang gửi lần trước (cùng mã thư: hộp thư nhận có thể bỏ bản trùng).";

    public async Task<IReadOnlyList<ReminderOutcome>?> RunRoundAsync(
        int requestId, string round, IReadOnlyCollection<int>? onlyUnits, string? requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(round);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var targets = (await ReminderPlanner.PlanAsync(db, request, now, cancellationToken))
            .Where(t => onlyUnits is null || onlyUnits.Contains(t.Unit.Id)).ToList();
        var mailEnabled = (await mail.GetOptionsAsync(cancellationToken)).Enabled;
        var outcomes = new List<ReminderOutcome>();
        var toSend = new List<(ReminderTarget Target, Reminder Row)>();
        foreach (var target in targets)
        {
            var row = new Reminder
            {
                RequestId = request.Id, UnitId = target.Unit.Id, Round = round, Reason = target.Reason, Email = target.Email,
                Delivery = target.Email is null ? ReminderDelivery.NoAddress : mailEnabled ? ReminderDelivery.Pending : ReminderDelivery.Failed,
                Error = target.Email is null ? "Đơn vị chưa có địa chỉ thư điện tử." : mailEnabled ? null : "Chưa cấu hình máy chủ thư.",
                CreatedAtUtc = now, RequestedBy = requestedBy,
            };
            if (!await TryClaimAsync(row, cancellationToken))
            {
                outcomes.Add(new ReminderOutcome(target, null, AlreadyReminded: true));
                continue;
            }

            outcomes.Add(new ReminderOutcome(target, row, AlreadyReminded: false));
            if (row.Delivery == ReminderDelivery.Pending)
            {
                toSend.Add((target, row));
            }
        }

        await TakeUpOrphansAsync(request.Id, round, onlyUnits, targets, outcomes, toSend, now, cancellationToken);
        await SendAsync(request, toSend, cancellationToken);
        return outcomes;
    }

    /// <summary>The Message-ID of a reminder: the same every time its row is sent, so a resend can be recognised as the same message.</summary>
    public static string MessageIdOf(Reminder row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"nhac-{row.RequestId}-{row.UnitId}-{row.Id}@tonghop.invalid";
    }

    // Rows of this round that a run which died left pending or sending (see the class summary).
    private async Task TakeUpOrphansAsync(
        int requestId, string round, IReadOnlyCollection<int>? onlyUnits, List<ReminderTarget> targets, List<ReminderOutcome> outcomes,
        List<(ReminderTarget Target, Reminder Row)> toSend, DateTime now, CancellationToken cancellationToken)
    {
        var mine = toSend.Select(t => t.Row.Id).ToHashSet();
        var left = await db.Reminders.Where(r => r.RequestId == requestId && r.Round == round
                && (r.Delivery == ReminderDelivery.Pending || r.Delivery == ReminderDelivery.Sending)).ToListAsync(cancellationToken);
        foreach (var row in left.Where(r => !mine.Contains(r.Id) && (onlyUnits is null || onlyUnits.Contains(r.UnitId))))
        {
            if (row.Delivery == ReminderDelivery.Sending && row.SentAtUtc > now - SendingTimeout)
            {
                continue; // another run is handing it over right now
            }

            var target = targets.FirstOrDefault(t => t.Unit.Id == row.UnitId);
            if (target is null)
            {
                // The unit reported meanwhile: nothing to remind it of. Taken only if nobody changed the row since it was read.
                if (await ClaimAsync(row, ReminderDelivery.Cancelled, null, cancellationToken))
                {
                    row.Error = "Không gửi: đơn vị đã nộp báo cáo trước khi đợt nhắc bị gián đoạn được gửi lại.";
                    await db.SaveChangesAsync(cancellationToken);
                }

                continue;
            }

            outcomes.RemoveAll(o => o.Target.Unit.Id == row.UnitId);
            outcomes.Add(new ReminderOutcome(target, row, AlreadyReminded: false));
            toSend.Add((target, row));
        }
    }

    // Whole milliseconds, which every database keeps as they are (a compare-and-set reads the time back).
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    // Compare-and-set on the row's delivery as read: true when this run moved it on, false when another got there first.
    private async Task<bool> ClaimAsync(Reminder row, ReminderDelivery to, DateTime? at, CancellationToken cancellationToken)
    {
        var (from, since) = (row.Delivery, row.SentAtUtc);
        var moved = await db.Reminders.Where(r => r.Id == row.Id && r.Delivery == from && r.SentAtUtc == since)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Delivery, to).SetProperty(r => r.SentAtUtc, at), cancellationToken);
        if (moved == 1)
        {
            // The tracked row follows what the database now holds.
            var entry = db.Entry(row);
            (row.Delivery, row.SentAtUtc) = (to, at);
            entry.Property(r => r.Delivery).OriginalValue = to;
            entry.Property(r => r.SentAtUtc).OriginalValue = at;
        }

        return moved == 1;
    }

    // The row is the claim: the unique (request, unit, round) index lets one process write it, whichever comes first.
    private async Task<bool> TryClaimAsync(Reminder row, CancellationToken cancellationToken)
    {
        if (await db.Reminders.AnyAsync(r => r.RequestId == row.RequestId && r.UnitId == row.UnitId && r.Round == row.Round, cancellationToken))
        {
            return false;
        }

        db.Reminders.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            return false;
        }
    }

    private async Task SendAsync(ReportRequest request, List<(ReminderTarget Target, Reminder Row)> toSend, CancellationToken cancellationToken)
    {
        if (toSend.Count == 0)
        {
            return;
        }

        var returned = toSend.Where(t => t.Target.Reason == ReminderReasons.Missing).Select(t => t.Target.Unit.Id).ToList();
        var comments = returned.Count == 0 ? [] : await LastReturnCommentsAsync(request.Id, returned, cancellationToken);
        var messages = toSend.Select(t => mail.Compose(t.Target.Email!, t.Target.Unit.ContactName ?? t.Target.Unit.Name,
            ReminderMessage.Subject(request, t.Target.Reason),
            ReminderMessage.Body(request, t.Target.Unit, t.Target.Reason,
                $"{mail.PublicUrl}/Submissions/Upload?requestId={request.Id}&unitId={t.Target.Unit.Id}", comments.GetValueOrDefault(t.Target.Unit.Id)))).ToList();
        for (var i = 0; i < messages.Count; i++)
        {
            messages[i].MessageId = MessageIdOf(toSend[i].Row);
        }

        // Rows that were sending when a run died are sent again (the class summary says why).
        var resent = toSend.Select(t => t.Row.Delivery == ReminderDelivery.Sending).ToList();
        var handedOver = new bool[toSend.Count];
        IReadOnlyList<string?> results;
        try
        {
            results = await mail.SendAsync(messages, cancellationToken, async (i, ct) =>
                handedOver[i] = await ClaimAsync(toSend[i].Row, ReminderDelivery.Sending, Now(), ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            results = [.. toSend.Select(_ => (string?)("Không gửi được thư: " + e.Message))];
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < toSend.Count; i++)
        {
            var row = toSend[i].Row;
            if (!handedOver[i])
            {
                // Never handed over: skipped because another run took it, or the server could not be reached at all
                // (then it failed, unless another run has taken it meanwhile).
                if (results[i] is { } why && await ClaimAsync(row, ReminderDelivery.Failed, null, cancellationToken))
                {
                    row.Error = why.Length > 1000 ? why[..1000] : why;
                }

                continue;
            }

            row.Delivery = results[i] is null ? ReminderDelivery.Sent : ReminderDelivery.Failed;
            row.Error = results[i] is { } error ? (error.Length > 1000 ? error[..1000] : error) : resent[i] ? ResentNote : null;
            row.SentAtUtc = results[i] is null ? sentAt : null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<int, string?>> LastReturnCommentsAsync(int requestId, List<int> unitIds, CancellationToken cancellationToken)
    {
        var rows = await (from e in db.SubmissionReviewEvents
                          join s in db.Submissions on e.SubmissionId equals s.Id
                          where s.RequestId == requestId && unitIds.Contains(s.UnitId) && e.ToState == SubmissionReview.Returned
                          select new { s.UnitId, e.Id, e.Comment }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => (string?)g.MaxBy(r => r.Id)!.Comment);
    }
}
