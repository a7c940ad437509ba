namespace TongHop.Text.Normalization;

/// <summary>
/// Whole-word phrases in folded text. <see cref="Of"/> gives the words of a stretch of text (split at spaces, line
/// breaks, tabs and the punctuation inside a sentence, joined by one space); <see cref="Has(string, string)"/> finds a
/// phrase ("trong do") there only where it starts and ends at a word's edge, so "do" is not found in "don vi". The
/// readers of parts, plans, labels and table columns ask their questions this way; one home, and no padded copy of the
/// text and of every phrase for each question.
/// </summary>
public static class FoldedWords
{
    private static readonly char[] Separators = [' ', '\n', '\r', '\t', ',', ';', ':', '(', ')', '.'];

    /// <summary>The words of <paramref name="text"/> joined by one space ("" when it has none).</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        TryWrite(text, buffer, out var length);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// Writes the words of <paramref name="text"/> joined by one space (as <see cref="Of"/> gives them) into
    /// <paramref name="buffer"/>, without making a string; false when they do not fit (then <paramref name="length"/> is
    /// what was written). A question about a short phrase asks it of a small buffer: words that overflow it are no such phrase.
    /// </summary>
    public static bool TryWrite(ReadOnlySpan<char> text, Span<char> buffer, out int length)
    {
        length = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (Array.IndexOf(Separators, c) >= 0)
            {
                inWord = false;
                continue;
            }

            if (length + (!inWord && length > 0 ? 2 : 1) > buffer.Length)
            {
                return false;
            }

            if (!inWord && length > 0)
            {
                buffer[length++] = ' ';
            }

            buffer[length++] = c;
            inWord = true;
        }

        return true;
    }

    /// <summary>Whether <paramref name="phrase"/> is in <paramref name="words"/> as whole words.</summary>
    public static bool Has(string words, string phrase) => IndexOf(words, phrase) >= 0;

    /// <summary>Whether any of <paramref name="phrases"/> is in <paramref name="words"/> as whole words.</summary>
    public static bool HasAny(string words, ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (IndexOf(words, phrase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="phrase"/> first stands in <paramref name="words"/> as whole words, or −1.</summary>
    public static int IndexOf(string words, string phrase)
    {
        if (phrase.Length == 0)
        {
            return -1;
        }

        var from = 0;
        while (from <= words.Length - phrase.Length)
        {
            var at = words.AsSpan(from).IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            var end = at + phrase.Length;
            if ((at == 0 || words[at - 1] == ' ') && (end == words.Length || words[end] == ' '))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="words"/> begin with <paramref name="phrase"/> as whole words.</summary>
    public static bool StartsWith(string words, string phrase) =>
        phrase.Length > 0 && words.StartsWith(phrase, StringComparison.Ordinal) &&
        (words.Length == phrase.Length || words[phrase.Length] == ' ');

    /// <summary>
    /// Whether a word, as the text writes it, is <paramref name="marked"/> or the same letters with no marks at all
    /// (<paramref name="bare"/>: a text that lost its marks, English OCR as read), case aside. For a folded match whose
    /// other readings mean something else: "chưa" or "chua" but not "chùa" or "chứa"; "cộng" or "cong" but not "công".
    /// </summary>
    public static bool WrittenAs(ReadOnlySpan<char> written, string marked, string bare) =>
        written.Equals(marked, StringComparison.OrdinalIgnoreCase) || written.Equals(bare, StringComparison.OrdinalIgnoreCase);
}
