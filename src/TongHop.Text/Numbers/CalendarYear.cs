using System.Globalization;

namespace TongHop.Text.Numbers;

/// <summary>
/// A year as reports write it: four ASCII digits from 1900 to 2100 ("2025", "1998"). One definition for every reader
/// that asks whether a token, a table cell or a column title's word is a year; whether a year in running text is a
/// year or a count ("1980 người") is the caller's question, asked with the words around it.
/// </summary>
public static class CalendarYear
{
    public const int First = 1900;
    public const int Last = 2100;

    public static bool TryParse(ReadOnlySpan<char> text, out int year)
    {
        year = 0;
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= First and <= Last;
    }

    public static bool Is(ReadOnlySpan<char> text) => TryParse(text, out _);
}
