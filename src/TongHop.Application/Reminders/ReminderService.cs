using Microsoft.EntityFrameworkCore;
using TongHop.Application.Mail;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Reminders;

/// <summary>
/// Runs one round of reminders for a request: plans who is to be reminded (<see cref="ReminderPlanner"/>), writes each
/// unit's <see cref="Reminder"/> row first (unique per request, unit and round: a unit another process already holds for
/// this round is skipped), then sends one message per unit over one SMTP connection (<see cref="MailSender"/>) and records
/// how each delivery went. A crash between the row and the message leaves it pending, never sent twice.
/// </summary>
public sealed class ReminderService(TongHopDbContext db, MailSender mail, TimeProvider clock)
{
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

        await SendAsync(request, toSend, cancellationToken);
        return outcomes;
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
        IReadOnlyList<string?> results;
        try
        {
            results = await mail.SendAsync(messages, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            results = [.. toSend.Select(_ => (string?)("Không gửi được thư: " + e.Message))];
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < toSend.Count; i++)
        {
            var row = toSend[i].Row;
            row.Delivery = results[i] is null ? ReminderDelivery.Sent : ReminderDelivery.Failed;
            row.Error = results[i] is { } error && error.Length > 1000 ? error[..1000] : results[i];
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
