using Microsoft.EntityFrameworkCore;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Reporting;

namespace TongHop.Application.Reminders;

/// <summary>
/// Who is to be reminded about a request now: every expected unit (as the dashboard counts them) that has sent nothing,
/// by where the deadline stands (before it, on its day, after it), and every unit whose latest report was returned for
/// correction and not sent again. Units that reported are left alone.
/// </summary>
public static class ReminderPlanner
{
    public static async Task<IReadOnlyList<ReminderTarget>> PlanAsync(TongHopDbContext db, ReportRequest request, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var deadlineDay = request.Deadline.LocalDay;
        var periodStart = request.PeriodFrom ?? deadlineDay;
        var units = (await db.Units.AsNoTracking().Where(u => db.RequestRecipients.Any(r => r.RequestId == request.Id && r.UnitId == u.Id)).ToListAsync(cancellationToken))
            .Where(u => ReportingStatus.IsExpected(u.OpenedOn, u.ClosedOn, periodStart, deadlineDay))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var latest = (await db.Submissions.AsNoTracking().Where(s => s.RequestId == request.Id)
                .Select(s => new { s.UnitId, s.Version, s.Review }).ToListAsync(cancellationToken))
            .GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Version)!.Review);
        var today = DateOnly.FromDateTime(ProvinceTime.ToLocal(nowUtc));
        var missingReason = nowUtc > request.DeadlineUtc ? ReminderReasons.Late : today == deadlineDay ? ReminderReasons.DueToday : ReminderReasons.BeforeDeadline;
        var targets = new List<ReminderTarget>();
        foreach (var unit in units)
        {
            var sent = latest.TryGetValue(unit.Id, out var review);
            string? reason = !Owes(sent, review) ? null : sent ? ReminderReasons.Missing : missingReason;
            if (reason is not null)
            {
                targets.Add(new ReminderTarget(unit, string.IsNullOrWhiteSpace(unit.ContactEmail) ? null : unit.ContactEmail.Trim(), reason));
            }
        }

        return targets;
    }

    /// <summary>
    /// Whether a unit still owes the request a report, and so is reminded (by the schedule, or from the dashboard's "Nhắc"):
    /// it sent nothing, or its latest report was returned for correction.
    /// </summary>
    public static bool Owes(bool sentAnything, SubmissionReview? latestReview) => !sentAnything || latestReview == SubmissionReview.Returned;
}
