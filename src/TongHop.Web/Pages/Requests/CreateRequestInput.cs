using TongHop.Application.Requests;
using TongHop.Core.Documents;

namespace TongHop.Web.Pages.Requests;

/// <summary>The fields of the create and edit request forms; the deadline is entered in Vietnam time.</summary>
public sealed class CreateRequestInput
{
    public string? Title { get; set; }

    public string? DispatchNumber { get; set; }

    public DateOnly? DispatchDate { get; set; }

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

    /// <summary>The outline (đề cương) as editable text, one heading a line, two spaces of indentation a level (<see cref="RequestOutline.ToText"/>).</summary>
    public string? OutlineText { get; set; }

    /// <summary>The dispatch already read and stored (its SHA-256), carried from "Đọc công văn" to "Tạo yêu cầu".</summary>
    public string? DispatchSha256 { get; set; }

    /// <summary>The person saw that the deadline has passed and keeps it.</summary>
    public bool AllowPastDeadline { get; set; }

    /// <summary>The synthesis's number and symbol after "Số:" ("/BC-SKHCN" until the number is issued).</summary>
    public string? SynthesisNumber { get; set; }

    /// <summary>The signing authority line ("KT. GIÁM ĐỐC"); empty when the head signs.</summary>
    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>The synthesis's "Nơi nhận", one addressee a line.</summary>
    public string? SynthesisRecipients { get; set; }

    public RequestSigning Signing => RequestSigning.From(SynthesisNumber, SignerAuthority, SignerTitle, SignerName, SynthesisRecipients);

    /// <summary>Shows a request's (or the last request's) number, signer and addressees in the form.</summary>
    public void Show(RequestSigning signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        SynthesisNumber = signing.Number;
        SignerAuthority = signing.Authority;
        SignerTitle = signing.Title;
        SignerName = signing.Name;
        SynthesisRecipients = signing.Recipients.Count > 0 ? signing.RecipientsText : null;
    }

    public DateTime? DeadlineLocal => DeadlineDate?.ToDateTime(DeadlineTime);

    public RequestFields ToFields(IReadOnlyList<Section> outline) =>
        new(Title, DispatchNumber, DispatchDate, PeriodLabel, PeriodFrom, PeriodTo, DeadlineLocal, outline, UnitIds, AllowPastDeadline, RemindDaysBefore, Signing);

    /// <summary>Fills the fields the dispatch gave (a field the reader was unsure of keeps what the person typed).</summary>
    public void Fill(DispatchDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Title = draft.Title ?? Title;
        DispatchNumber = draft.Number ?? DispatchNumber;
        DispatchDate = draft.Date ?? DispatchDate;
        PeriodLabel = draft.Period?.Label is { } label ? char.ToUpperInvariant(label[0]) + label[1..] : PeriodLabel;
        PeriodFrom = draft.Period?.From ?? PeriodFrom;
        PeriodTo = draft.Period?.To ?? PeriodTo;
        DeadlineDate = draft.DeadlineLocal is { } d ? DateOnly.FromDateTime(d) : DeadlineDate;
        DeadlineTime = draft.DeadlineLocal is { } t ? TimeOnly.FromDateTime(t) : DeadlineTime;
        OutlineText = draft.Outline.Count > 0 ? RequestOutline.ToText(draft.Outline) : OutlineText;
        DispatchSha256 = draft.Sha256 ?? DispatchSha256;
    }
}
