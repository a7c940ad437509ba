using System.Globalization;
using System.Text.RegularExpressions;
using TongHop.Core;
using TongHop.Text.Normalization;

namespace TongHop.Text.Dates;

/// <summary>
/// Reads Vietnamese dates: short "06/8/2025" (also split by a line break, "29/\n4/2025", or with the second slash
/// lost by OCR, "18/72025") and long "ngày 03 tháng 12 năm 2025" (also OCR'd "ngdy 16 thang 9 ndm 2025").
/// Works on diacritic-folded lower-case text (<see cref="VietnameseText.FoldLower"/>) so offsets are those of the
/// original. Patterns are linear-time (<see cref="RegexOptions.NonBacktracking"/>); no method throws.
/// </summary>
public static class VietnameseDates
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // "ngày" and its OCR forms (ngay, ngdy), optionally before the date itself.
    private static readonly Regex DayWord = new(@"^[ \t]*ng[a-z]y[ \t]*\n?[ \t]*", Options);

    private static readonly Regex Short = new(
        @"^(\d{1,2})[ \t]*/[ \t]*\n?[ \t]*(\d{1,2})[ \t]*(/?)[ \t]*(\d{4})", Options);

    // The day and month may be unreadable ("/4", "//"): they are captured loosely and validated afterwards.
    private static readonly Regex Long = new(
        @"^(\S{1,3})[ \t]*\n?[ \t]*th[a-z]ng[ \t]*\n?[ \t]*(\S{1,3})[ \t]*\n?[ \t]*n[a-z]m[ \t]*\n?[ \t]*(\d{4})", Options);

    private static readonly Regex Anywhere = new(@"\d{1,2}[ \t]*/[ \t]*\n?[ \t]*\d{1,2}[ \t]*/?[ \t]*\d{4}|ng[a-z]y[ \t]", Options);

    private const int Window = 64;

    /// <summary>Years outside this range are typing or OCR errors ("02/10/20205"), not dates.</summary>
    public const int MinYear = 1900;

    public const int MaxYear = 2100;

    /// <summary>Writes a date the way Vietnamese documents and screens show it: 06/08/2025.</summary>
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a date a person typed in a form or a spreadsheet: "06/08/2025", "6/8/2025" or ISO "2025-08-06"; false for
    /// anything else (an impossible date included). Report text is read by <see cref="Parse"/> and <see cref="MatchAt"/>.
    /// </summary>
    public static bool TryParseLenient(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, TypedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static readonly string[] TypedFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>A local time of day: "16:00" (the invariant culture, since a custom ':' follows the culture's time separator).</summary>
    public static string FormatTime(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A local date and time: "22/09/2025 14:00".</summary>
    public static string FormatDateTime(DateTime local) => local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// The long date of a document's place-and-date line, "ngày 05 tháng 02 năm 2025", "ngày 30 tháng 9 năm 2025":
    /// Decree 30/2020, Appendix I writes a day below 10 and the months 1 and 2 with a leading zero, other months without.
    /// </summary>
    public static string FormatLong(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>Builds a date when day, month and year are a real calendar date in range; otherwise <c>null</c>.</summary>
    public static DateOnly? Create(int day, int month, int year) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 &&
        day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Parses a text that is only a date ("ngày 06/8/2025", "22/12/2024"); <c>null</c> when it is not one or is unreadable.</summary>
    public static DateOnly? Parse(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        var mention = MatchAt(folded, 0);
        return mention is { } m && folded[m.Span.End..].Trim().Length == 0 ? m.Date : null;
    }

    /// <summary>
    /// Reads a date that starts at <paramref name="index"/> of <paramref name="folded"/> (after blanks and an
    /// optional "ngày"). Returns <c>null</c> when no date is written there.
    /// </summary>
    public static DateMention? MatchAt(string folded, int index)
    {
        if (index < 0 || index >= folded.Length)
        {
            return null;
        }

        var length = Math.Min(Window, folded.Length - index);
        var dayWord = DayWord.Match(folded, index, length);
        var start = dayWord.Success ? dayWord.Index + dayWord.Length : SkipBlanks(folded, index);
        var spanStart = dayWord.Success ? SkipBlanks(folded, index) : start;
        return MatchShort(folded, start, spanStart) ??
               (dayWord.Success ? MatchLong(folded, start, spanStart) : null);
    }

    /// <summary>Every date in a folded text, in order. Unreadable long dates are included with a <c>null</c> date.</summary>
    public static IReadOnlyList<DateMention> FindAll(string folded)
    {
        var found = new List<DateMention>();
        var position = 0;
        while (position < folded.Length)
        {
            var candidate = Anywhere.Match(folded, position);
            if (!candidate.Success)
            {
                break;
            }

            var mention = IsDigitAt(folded, candidate.Index - 1) ? null : MatchAt(folded, candidate.Index);
            if (mention is { } m)
            {
                found.Add(m);
                position = m.Span.End;
            }
            else
            {
                position = candidate.Index + 1;
            }
        }

        return found;
    }

    private static DateMention? MatchShort(string folded, int start, int spanStart)
    {
        if (start >= folded.Length || IsDigitAt(folded, start - 1))
        {
            return null;
        }

        var m = Short.Match(folded, start, Math.Min(Window, folded.Length - start));
        if (!m.Success || IsDigitAt(folded, m.Index + m.Length))
        {
            return null;
        }

        var date = Create(Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[4].Value));
        return new DateMention(date, new TextSpan(spanStart, m.Index + m.Length));
    }

    private static DateMention? MatchLong(string folded, int start, int spanStart)
    {
        if (start >= folded.Length)
        {
            return null;
        }

        var m = Long.Match(folded, start, Math.Min(Window, folded.Length - start));
        if (!m.Success || IsDigitAt(folded, m.Index + m.Length))
        {
            return null;
        }

        var date = TryNumber(m.Groups[1].Value) is { } d && TryNumber(m.Groups[2].Value) is { } mo
            ? Create(d, mo, Number(m.Groups[3].Value))
            : null;
        return new DateMention(date, new TextSpan(spanStart, m.Index + m.Length));
    }

    private static int SkipBlanks(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    private static bool IsDigitAt(string text, int index) => index >= 0 && index < text.Length && char.IsAsciiDigit(text[index]);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // A day or month read loosely ("03", "/4", "//"): only plain 1–2 digit numbers count.
    private static int? TryNumber(string token) =>
        token.Length is >= 1 and <= 2 && token.All(char.IsAsciiDigit) ? Number(token) : null;
}
