namespace TongHop.Core.Extraction;

/// <summary>
/// A check that failed or needs a human, e.g. <c>ratio-mismatch</c>. <see cref="Message"/> is Vietnamese
/// and says why the rule fired.
/// </summary>
/// <param name="Code">Stable code: ratio-mismatch, percent-over-100, parts-sum-mismatch, numerator-over-denominator,
/// citation-date-conflict, date-after-document, outline-missing, metadata-unread, table-row-unread (a table row of an
/// indicator whose figures do not fit the table's columns: left unread), parts-unclear (parts of one indicator in
/// sections apart that may or may not add up: left unread).</param>
/// <param name="About">What the finding is about, e.g. the cited number "57-NQ/TW" or an indicator key; may be null.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Message, TextSpan? Span, string? About = null);
