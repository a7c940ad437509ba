namespace TongHop.Text.Numbers;

/// <summary>
/// The raw characters of one written number: digits, with <c>.</c> and <c>,</c> kept only between digits
/// ("7.630.404.000", "85,3"; the comma in "02 trạm, Viettel" is punctuation).
/// </summary>
internal static class NumberRun
{
    public static int End(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Whether the run has no separators ("2025", "06").</summary>
    public static bool IsPlain(ReadOnlySpan<char> run) => run.IndexOfAny('.', ',') < 0;

    /// <summary>The end of the non-space token containing <paramref name="position"/> ("359-KH/TU").</summary>
    public static int TokenEnd(string text, int position)
    {
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
