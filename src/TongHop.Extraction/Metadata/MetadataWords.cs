namespace TongHop.Extraction.Metadata;

/// <summary>
/// The words of a header or signature text as the metadata checks compare them (<see cref="SignerNameCheck"/>,
/// <see cref="GarbledIssuer"/>): split at blanks and line ends, the punctuation around each word trimmed
/// ("Lâm;" → "Lâm", "(Đã" → "Đã"), empty pieces dropped.
/// </summary>
internal static class MetadataWords
{
    private const string Blanks = " \t\n\r";

    private const string Around = ".,;:()|-\"'";

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static string[] Split(string text) => [.. Ranges(text).Select(r => text[r])];

    /// <summary>
    /// Where the words of <paramref name="text"/> stand, in order: the same words as <see cref="Split"/> without a
    /// string for each, for a whole document's text read only where it matches.
    /// </summary>
    public static List<Range> Ranges(string text)
    {
        var span = text.AsSpan();
        var ranges = new List<Range>(span.Count(' ') + span.Count('\n') + 1); // a whole document's: sized once
        var i = 0;
        while (i < span.Length)
        {
            var blank = span[i..].IndexOfAny(Blanks);
            var end = blank < 0 ? span.Length : i + blank;
            var (start, stop) = (i, end);
            while (start < stop && Around.Contains(span[start]))
            {
                start++;
            }

            while (stop > start && Around.Contains(span[stop - 1]))
            {
                stop--;
            }

            if (stop > start)
            {
                ranges.Add(start..stop);
            }

            i = end + 1;
        }

        return ranges;
    }
}
