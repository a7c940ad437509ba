namespace TongHop.Extraction.Metadata;

/// <summary>
/// The words of a header or signature text as the metadata checks compare them (<see cref="SignerNameCheck"/>,
/// <see cref="GarbledIssuer"/>): split at blanks and line ends, the punctuation around each word trimmed
/// ("Lâm;" → "Lâm", "(Đã" → "Đã"), empty pieces dropped.
/// </summary>
internal static class MetadataWords
{
    private static readonly char[] Blanks = [' ', '\t', '\n', '\r'];

    private static readonly char[] Around = ['.', ',', ';', ':', '(', ')', '|', '-', '"', '\''];

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static string[] Split(string text)
    {
        var pieces = text.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>(pieces.Length);
        foreach (var piece in pieces)
        {
            var word = piece.Trim(Around);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return [.. words];
    }
}
