namespace TongHop.Core.Documents;

/// <summary>
/// One mention of another legal or administrative document, e.g. "Nghị quyết số 57-NQ/TW ngày 22/12/2024
/// của Bộ Chính trị". One entry per mention.
/// </summary>
/// <param name="Type">Document type as written in Vietnamese, e.g. "Nghị quyết".</param>
/// <param name="Number">Normalised number/symbol with Đ restored, e.g. "02-KH/BCĐTW".</param>
/// <param name="Date">The cited document's date, where the mention gives one.</param>
/// <param name="Issuer">The issuing body where the mention states it ("của Bộ Chính trị").</param>
public sealed record Citation(string Type, string? Number, DateOnly? Date, string? Issuer, TextSpan Span);
