using TongHop.Core.Documents;

namespace TongHop.Application.Requests;

/// <summary>
/// What a dispatch (công văn đề nghị báo cáo) says a request is, as read from it, for a person to check and edit
/// before the request is saved: its number and date, subject, period, deadline (province time, with its hour) and outline.
/// Any field the reader was unsure of is null.
/// </summary>
public sealed record DispatchDraft(
    string? Title,
    string? Number,
    DateOnly? Date,
    ReportPeriod? Period,
    DateTime? DeadlineLocal,
    IReadOnlyList<Section> Outline,
    string? Sha256,
    string FileName);

/// <summary>A read dispatch, or why it could not be read (Vietnamese).</summary>
public sealed record DispatchReadResult(DispatchDraft? Draft, string? Error)
{
    public bool Succeeded => Draft is not null;
}
