using TongHop.Text.Normalization;

namespace TongHop.Text.Numbers;

/// <summary>
/// Reads the words around a position of report text, lower-cased (diacritics kept; callers fold with
/// <see cref="VietnameseText.FoldLower"/> where OCR text that lost its diacritics must read like clean
/// text). Words are runs of letters; a word is looked for across spaces and line breaks but never
/// across other punctuation.
/// </summary>
internal static class Words
{
    private const int MaxWordLength = 24;

    /// <summary>The word that ends just before <paramref name="position"/> (spaces skipped), or "".</summary>
    public static string Before(string text, int position) => Before(text, position, out _);

    public static string Before(string text, int position, out int wordStart)
    {
        var end = SkipSpacesBackward(text, position);
        wordStart = end;
        while (wordStart > 0 && end - wordStart < MaxWordLength && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return Lower(text, wordStart, end);
    }

    /// <summary>The two words before <paramref name="position"/>, joined by a space ("tối thiểu"), or "".</summary>
    public static string TwoBefore(string text, int position)
    {
        var last = Before(text, position, out var start);
        if (last.Length == 0)
        {
            return "";
        }

        var first = Before(text, start);
        return first.Length == 0 ? "" : first + " " + last;
    }

    /// <summary>The word that starts at or after <paramref name="position"/> (spaces skipped), or "".</summary>
    public static string After(string text, int position) => After(text, position, out _);

    public static string After(string text, int position, out int wordEnd)
    {
        var start = SkipSpacesForward(text, position);
        wordEnd = start;
        while (wordEnd < text.Length && wordEnd - start < MaxWordLength && IsWordChar(text[wordEnd]))
        {
            wordEnd++;
        }

        return Lower(text, start, wordEnd);
    }

    public static int SkipSpacesForward(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    public static int SkipSpacesBackward(string text, int position)
    {
        while (position > 0 && char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    // Digits count as word characters after a number so that "km2" is one word.
    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '²' || char.IsAsciiDigit(c);

    private static string Lower(string text, int start, int end) =>
        end > start ? VietnameseText.Lower(text.AsSpan(start, end - start)) : "";
}
