namespace TongHop.Application.Reminders;

/// <summary>Why a unit is reminded (the codes the CLI and the records use).</summary>
public static class ReminderReasons
{
    /// <summary>Nothing received yet, the deadline is still days ahead.</summary>
    public const string BeforeDeadline = "before-deadline";

    /// <summary>Nothing received yet, the deadline is today.</summary>
    public const string DueToday = "due-today";

    /// <summary>Nothing received, the deadline has passed.</summary>
    public const string Late = "late";

    /// <summary>The report was returned for correction and the corrected one has not come.</summary>
    public const string Missing = "missing";

    public static string Label(string reason) => reason switch
    {
        BeforeDeadline => "sắp đến hạn",
        DueToday => "đến hạn hôm nay",
        Late => "quá hạn, chưa nộp",
        Missing => "chưa gửi lại báo cáo đã chỉnh sửa",
        _ => reason,
    };
}
