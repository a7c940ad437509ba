using TongHop.Core.Documents;

namespace TongHop.Application.Requests;

/// <summary>
/// The fields of a request as a person sets them (create and edit): the deadline in province time.
/// <see cref="AllowPastDeadline"/> says the person saw the warning that the deadline has passed and keeps it.
/// </summary>
public sealed record RequestFields(
    string? Title,
    string? DispatchNumber,
    DateOnly? DispatchDate,
    string? PeriodLabel,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    DateTime? DeadlineLocal,
    IReadOnlyList<Section> Outline,
    IReadOnlyList<int> UnitIds,
    bool AllowPastDeadline = false,
    int RemindDaysBefore = 3);
