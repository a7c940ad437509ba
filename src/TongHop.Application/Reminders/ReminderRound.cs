using System.Globalization;
using TongHop.Core.Time;
using TongHop.Storage.Entities;

namespace TongHop.Application.Reminders;

/// <summary>
/// One round of reminders for a request: its name (<c>before:2025-09-22</c>, <c>due:…</c>, <c>late:…</c>, <c>manual:…</c>)
/// is the key of its job and of each unit's <see cref="Reminder"/> row, so a round is sent once.
/// </summary>
public sealed record ReminderRound(string Name, DateTime RunAtUtc)
{
    /// <summary>Rounds run at this province-time hour of their day.</summary>
    public const int Hour = 8;

    /// <summary>Days after the deadline on which the units still missing are reminded again.</summary>
    public static IReadOnlyList<int> LateDays { get; } = [1, 4, 7];

    /// <summary>The scheduled rounds of <paramref name="request"/>: <see cref="ReportRequest.RemindDaysBefore"/> days before the deadline,
    /// the deadline's day, and <see cref="LateDays"/> after it; each at <see cref="Hour"/>:00 province time (the deadline's
    /// day: no later than one hour before the deadline).</summary>
    public static IReadOnlyList<ReminderRound> ScheduleOf(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var day = request.Deadline.LocalDay;
        var rounds = new List<ReminderRound>();
        if (request.RemindDaysBefore > 0)
        {
            rounds.Add(At("before", day.AddDays(-request.RemindDaysBefore)));
        }

        var due = At("due", day);
        rounds.Add(due.RunAtUtc < request.DeadlineUtc.AddHours(-1) ? due : due with { RunAtUtc = request.DeadlineUtc.AddHours(-1) });
        rounds.AddRange(LateDays.Select(d => At("late", day.AddDays(d))));
        return rounds;
    }

    /// <summary>A round a person asked for now (the "Nhắc" buttons, the CLI): one a minute at most.</summary>
    public static ReminderRound Manual(DateTime nowUtc) =>
        new("manual:" + ProvinceTime.ToLocal(nowUtc).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture), nowUtc);

    private static ReminderRound At(string kind, DateOnly day) =>
        new($"{kind}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", ProvinceTime.ToUtc(day.ToDateTime(new TimeOnly(Hour, 0))));
}
