namespace TongHop.Core.Time;

/// <summary>
/// Vietnam time (UTC+7, no daylight saving). Deadlines are entered and shown in it and stored in UTC.
/// </summary>
public static class ProvinceTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without tzdata: the offset has been fixed at +07:00 since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Giờ Đông Dương", "Giờ Đông Dương");
        }
    }
}
