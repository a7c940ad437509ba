namespace TongHop.Core.Documents;

/// <summary>
/// What a request for reports (a dispatch sent to units) asks for: the deadline, the reporting period,
/// the recipient units and the outline the reports must follow.
/// </summary>
/// <param name="Deadline">Deadline as local date and time (minutes precision), e.g. 2025-09-22T14:00.</param>
public sealed record ReportRequestInfo(
    DateTime? Deadline,
    ReportPeriod? Period,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<Section> Outline);
