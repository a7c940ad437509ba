namespace TongHop.Text.Sentences;

/// <summary>What the start and end of a report line look like: bullets, section marks, closing punctuation.</summary>
internal static class LineShape
{
    public static int FirstContent(string text, int from, int lineEnd)
    {
        while (from < lineEnd && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The end of a bullet ("- ", "+ ", "• ", "-Lưu") at <paramref name="first"/>, or <paramref name="first"/>.</summary>
    public static int BulletEnd(string text, int first, int lineEnd)
    {
        if (text[first] is not ('-' or '+' or '•' or '*' or '–' or '—' or '·'))
        {
            return first;
        }

        // "-5%" is a negative number, not a bullet; "--" and "- -" are one bullet.
        var next = first + 1;
        return next < lineEnd && char.IsAsciiDigit(text[next]) ? first : next;
    }

    /// <summary>The end of a section mark ("II. ", "2.1. ", "3. ", "a) ") at the start of a line, or <paramref name="first"/>.</summary>
    public static int HeadingMarkEnd(string text, int first, int lineEnd)
    {
        var i = first;
        if (IsRoman(text[i]))
        {
            while (i < lineEnd && IsRoman(text[i]))
            {
                i++;
            }

            return i < lineEnd - 1 && text[i] == '.' && text[i + 1] == ' ' ? i + 1 : first;
        }

        if (char.IsAsciiDigit(text[i]))
        {
            return DigitMarkEnd(text, i, lineEnd, first);
        }

        if (text[i] == '(')
        {
            return BracketedMarkEnd(text, i, lineEnd, first);
        }

        return char.IsLower(text[i]) && i + 2 < lineEnd && text[i + 1] == ')' && text[i + 2] == ' ' ? i + 2 : first;
    }

    // "(i) ", "(iv) ", "(2) ", "(b) ": an item's mark in brackets, small Roman numerals, one or two digits or one small letter.
    private static int BracketedMarkEnd(string text, int i, int lineEnd, int first)
    {
        var close = text.IndexOf(')', i + 1, Math.Min(6, lineEnd - i - 1));
        if (close < 0 || close + 1 >= lineEnd || text[close + 1] != ' ')
        {
            return first;
        }

        var mark = text.AsSpan(i + 1, close - i - 1);
        var roman = mark.Length > 0 && mark.Length <= 4 && !mark.ContainsAnyExcept("ivx");
        var digits = mark.Length is 1 or 2 && !mark.ContainsAnyExceptInRange('0', '9');
        var letter = mark.Length == 1 && char.IsAsciiLetterLower(mark[0]);
        return roman || digits || letter ? close + 1 : first;
    }

    /// <summary>A page number on a line of its own ("5", "- 5 -"), which a page break leaves inside a sentence.</summary>
    public static bool IsPageNumber(string text, int first, int lineEnd)
    {
        var digits = 0;
        for (var i = first; i < lineEnd; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
            }
            else if (!char.IsWhiteSpace(text[i]) && text[i] is not ('-' or '–' or '—'))
            {
                return false;
            }
        }

        return digits is > 0 and <= 3;
    }

    /// <summary>Whether the text before <paramref name="end"/> closes a statement (. ; : ! ?).</summary>
    public static bool EndsClosed(string text, int end) =>
        end > 0 && text[end - 1] is '.' or ';' or ':' or '!' or '?' or '…';

    // "2.1. " or "3. " or "3) "; the digits must be short, so "421." at a line start is not a mark.
    private static int DigitMarkEnd(string text, int i, int lineEnd, int first)
    {
        var groups = 0;
        while (i < lineEnd && char.IsAsciiDigit(text[i]))
        {
            var digits = 0;
            while (i < lineEnd && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }

            if (digits > 2 || i >= lineEnd || text[i] is not ('.' or ')'))
            {
                return first;
            }

            i++;
            groups++;
        }

        return groups > 0 && i < lineEnd && text[i] == ' ' ? i : first;
    }

    private static bool IsRoman(char c) => c is 'I' or 'V' or 'X' or 'L';
}
