using TongHop.Core.Time;

namespace TongHop.Storage.Entities;

/// <summary>
/// A request for reports sent to units: what period, by when (<see cref="DeadlineUtc"/>, minute
/// precision), which outline and indicators, which units.
/// </summary>
public sealed class ReportRequest
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>Number of the dispatch the request is, e.g. "1464/SKHCN-KH&amp;ĐMST".</summary>
    public string? DispatchNumber { get; set; }

    /// <summary>Date of the dispatch (ngày ban hành), cited by the synthesis.</summary>
    public DateOnly? DispatchDate { get; set; }

    /// <summary>SHA-256 of the uploaded dispatch, when the request was created from it.</summary>
    public string? DispatchSha256 { get; set; }

    public required string PeriodLabel { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    /// <summary>The deadline's instant in UTC (the column); read it through <see cref="Deadline"/> for its province day and time.</summary>
    public DateTime DeadlineUtc { get; set; }

    /// <summary>The deadline with its province-time day (not stored apart: it is <see cref="DeadlineUtc"/> read in province time).</summary>
    public Deadline Deadline => new(DeadlineUtc);

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>The required outline as JSON (the extract contract's <c>outline</c> shape); "[]" when none.</summary>
    public string OutlineJson { get; set; } = "[]";

    /// <summary>How many days before the deadline the units that have not reported are reminded (0: only on the day and after).</summary>
    public int RemindDaysBefore { get; set; } = 3;

    /// <summary>When the request was closed (no more submissions); null while open.</summary>
    public DateTime? ClosedAtUtc { get; set; }

    public List<RequestRecipient> Recipients { get; set; } = [];

    public List<RequestIndicator> Indicators { get; set; } = [];
}
