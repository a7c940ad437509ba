using TongHop.Core.Documents;

namespace TongHop.Application.Requests;

/// <summary>
/// The fields of a request as a person sets them (create and edit): the deadline in province time.
/// <see cref="AllowPastDeadline"/> says the person saw the warning that the deadline has passed and keeps it.
/// <see cref="Signing"/> is how the synthesis answering the request is issued (number, signer, "Nơi nhận"); null keeps
/// what the request has (none on a new request).
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
    int RemindDaysBefore = 3,
    RequestSigning? Signing = null);
