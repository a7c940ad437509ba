namespace TongHop.Text.Numbers;

/// <summary>
/// Section numbers at the start of a line ("1. Thể chế số", "2.1. Hệ thống…", "3) …") and page numbers
/// on a line of their own ("5", "- 5 -"), which are not quantities.
/// </summary>
internal static class SectionOrPage
{
    public static bool IsAt(string text, int start, int runEnd)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && text[start - 1] == '\n')
        {
            lineStart = start;
        }

        if (!OnlyDecoration(text.AsSpan(lineStart, start - lineStart)))
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', runEnd);
        var rest = text.AsSpan(runEnd, (lineEnd < 0 ? text.Length : lineEnd) - runEnd);
        return OnlyDecoration(rest) || IsSectionMark(rest);
    }

    // "1. ", "2.1.", "3)" at the start of a line. A line that starts "421." ends a sentence instead, but
    // wrapped sentences rarely start with a bare number followed by a period.
    private static bool IsSectionMark(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && rest[0] is '.' or ')' && (rest.Length == 1 || char.IsWhiteSpace(rest[1]) || char.IsAsciiDigit(rest[1]));

    private static bool OnlyDecoration(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '–' or '—' or '(' or '['))
            {
                return false;
            }
        }

        return true;
    }
}
