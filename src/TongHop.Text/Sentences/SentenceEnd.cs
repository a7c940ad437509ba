namespace TongHop.Text.Sentences;

/// <summary>
/// Whether a <c>.</c> (or <c>!</c>, <c>?</c>, <c>…</c>) ends a sentence: not inside a number ("1.234"),
/// not after an abbreviation ("TP. Quảng Ngãi", "KT. CHỦ TỊCH", "v.v."), and not before a lower-case word.
/// </summary>
internal static class SentenceEnd
{
    private static readonly HashSet<string> Abbreviations =
    [
        "TP", "Tp", "tp", "TT", "TX", "Q", "P", "ThS", "TS", "PGS", "GS", "BS", "KS", "KT", "TM", "TL", "TUQ",
        "Tr", "tr", "v.v", "vv", "St", "ĐT", "Th", "No", "Ông", "Bà", "ông", "bà", "Dr", "Mr", "Mrs", "TN", "CN",
    ];

    public static bool IsAt(string text, int sentenceStart, int first, int last)
    {
        var next = last + 1;
        if (next < text.Length && !char.IsWhiteSpace(text[next]) && text[next] is not ('"' or '”' or '’' or ')' or '»'))
        {
            return false;
        }

        if (text[first] == '.' && first == last && IsAbbreviation(text, sentenceStart, first))
        {
            return false;
        }

        return !NextWordIsLower(text, next);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var start = dot;
        while (start > sentenceStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word.ToString());
    }

    private static bool NextWordIsLower(string text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '”' or '’' or ')'))
        {
            i++;
        }

        return i < text.Length && char.IsLower(text[i]);
    }
}
