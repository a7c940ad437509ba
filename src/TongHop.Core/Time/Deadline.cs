namespace TongHop.Core.Time;

/// <summary>
/// When a report request is due: an instant, kept in UTC (<see cref="Utc"/>), that the province reads in its own
/// time (<see cref="ProvinceTime"/>, UTC+7). Its day is the province's day (<see cref="LocalDay"/>): a deadline at
/// 06:00 on 25/09 local time is 23:00 on 24/09 in UTC, and its day is still the 25th.
/// </summary>
public readonly record struct Deadline(DateTime Utc)
{
    /// <summary>A deadline entered in province time (a date and a time of day as the dispatch writes them).</summary>
    public static Deadline FromLocal(DateTime local) => new(ProvinceTime.ToUtc(local));

    /// <summary>The deadline in province time.</summary>
    public DateTime Local => ProvinceTime.ToLocal(Utc);

    /// <summary>The province's calendar day the deadline falls on.</summary>
    public DateOnly LocalDay => DateOnly.FromDateTime(Local);
}
