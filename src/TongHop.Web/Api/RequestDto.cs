namespace TongHop.Web.Api;

/// <summary>A report request. <c>deadline</c> is in Vietnam time with its offset (+07:00); <c>dispatchDate</c> the dispatch's date.</summary>
public sealed record RequestDto(
    int Id, string Title, string? DispatchNumber, string PeriodLabel, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateTimeOffset Deadline,
    DateOnly? DispatchDate = null, DateTimeOffset? ClosedAt = null);

/// <summary>
/// One request in full: its dispatch (number, date), period, deadline, outline (the extract contract's shape) and
/// recipients, each with its own deadline when it was extended; <c>synthesis</c> how the province's synthesis answering it
/// is issued (number, signer, "Nơi nhận"; null fields take the drafting's defaults).
/// </summary>
public sealed record RequestDetailDto(
    int Id, string Title, string? DispatchNumber, DateOnly? DispatchDate, PeriodDto Period, DateTimeOffset Deadline,
    IReadOnlyList<OutlineItemDto> Outline, IReadOnlyList<RecipientDto> Recipients, DateTimeOffset? ClosedAt, string? CreatedBy,
    IReadOnlyList<string>? Warnings = null, SynthesisSigningDto? Synthesis = null);

/// <summary>
/// The synthesis's number after "Số:" ("/BC-SKHCN" until issued), signing authority ("KT. GIÁM ĐỐC"), signer's title
/// and name, and its "Nơi nhận" list (one addressee an item).
/// </summary>
public sealed record SynthesisSigningDto(string? Number, string? SignerAuthority, string? SignerTitle, string? SignerName, IReadOnlyList<string> Recipients);

public sealed record PeriodDto(string Label, DateOnly? From, DateOnly? To);

public sealed record OutlineItemDto(string Number, string Title, int Level, IReadOnlyList<OutlineItemDto> Children);

public sealed record RecipientDto(int UnitId, string? Name, DateTimeOffset Deadline, bool Extended);
