using TongHop.Core.Time;

namespace TongHop.Storage.Entities;

/// <summary>
/// A request for reports sent to units: what period, by when (<see cref="DeadlineUtc"/>, minute
/// precision), which outline and indicators, which units.
/// </summary>
public sealed class ReportRequest
{
    /// <summary>Column lengths of the synthesis's number, signer lines and "Nơi nhận" text (checked before saving).</summary>
    public const int NumberMaxLength = 100;

    public const int SignerMaxLength = 200;

    public const int RecipientsMaxLength = 4000;

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

    /// <summary>
    /// The number and symbol of the province's synthesis answering the request, after "Số:" (Decree 30/2020): "/BC-SKHCN"
    /// while the number is not yet issued, "125/BC-SKHCN" once it is; null for the drafting's default.
    /// </summary>
    public string? SynthesisNumber { get; set; }

    /// <summary>The signing authority line above the signer's title, e.g. "KT. GIÁM ĐỐC"; null when the head signs.</summary>
    public string? SignerAuthority { get; set; }

    /// <summary>The signer's title, e.g. "PHÓ GIÁM ĐỐC" or "GIÁM ĐỐC"; null for the drafting's default.</summary>
    public string? SignerTitle { get; set; }

    /// <summary>The signer's name under the signature, e.g. "Nguyễn Văn An"; null leaves the place empty.</summary>
    public string? SignerName { get; set; }

    /// <summary>The synthesis's "Nơi nhận" list, one addressee a line ("Lưu: VT, …" last); null for the drafting's default.</summary>
    public string? SynthesisRecipients { get; set; }

    /// <summary>The units asked for the report (not the synthesis's "Nơi nhận": see <see cref="SynthesisRecipients"/>).</summary>
    public List<RequestRecipient> Recipients { get; set; } = [];

    public List<RequestIndicator> Indicators { get; set; } = [];
}
