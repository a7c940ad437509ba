using TongHop.Core;

namespace TongHop.Text.Dates;

/// <summary>
/// A date written in a text, e.g. "ngày 03 tháng 12 năm 2025" or "22/12/2024".
/// <see cref="Date"/> is <c>null</c> when the text has the shape of a date but its day, month or year cannot be
/// read (a hand-written "ngày /4 tháng // năm 2025") or is out of range: such a date is never guessed.
/// </summary>
/// <param name="Span">Where the date is written, <c>[start, end)</c>, including a leading "ngày" when present.</param>
public readonly record struct DateMention(DateOnly? Date, TextSpan Span);
