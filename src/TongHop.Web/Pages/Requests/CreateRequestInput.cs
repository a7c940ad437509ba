namespace TongHop.Web.Pages.Requests;

/// <summary>The fields of the create-request form; the deadline is entered in Vietnam time.</summary>
public sealed class CreateRequestInput
{
    public string? Title { get; set; }

    public string? DispatchNumber { get; set; }

    public string? PeriodLabel { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public DateOnly? DeadlineDate { get; set; }

    public TimeOnly DeadlineTime { get; set; } = new(17, 0);

    /// <summary>How many days before the deadline the units still owing the report are e-mailed (0 to 30).</summary>
    public int RemindDaysBefore { get; set; } = 3;

    public List<int> UnitIds { get; set; } = [];

    /// <summary>The catalog indicators the request asks for; none (or all) means the whole catalog.</summary>
    public List<string> IndicatorKeys { get; set; } = [];

    /// <summary>The dispatch's outline (đề cương) as JSON, carried from "Đọc công văn" to "Tạo yêu cầu" in a hidden field.</summary>
    public string? OutlineJson { get; set; }
}
