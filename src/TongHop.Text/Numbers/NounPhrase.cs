namespace TongHop.Text.Numbers;

/// <summary>
/// Reads the noun phrase written after a number ("74 máy tính", "13 máy tính cấu hình cũ"): up to
/// <see cref="MaxSyllables"/> syllables, across spaces and line breaks, stopping at punctuation, digits
/// and function words (của, và, đã, tại, …) that end a Vietnamese noun phrase.
/// </summary>
public static class NounPhrase
{
    public const int MaxSyllables = 6;

    // With diacritics: folded, "tài" (tài khoản) would collide with "tại".
    private static readonly HashSet<string> StopWords =
    [
        "của", "và", "tại", "trên", "dưới", "với", "cho", "được", "đã", "đạt", "là", "ở", "theo", "trong", "để",
        "có", "thuộc", "từ", "đến", "gồm", "bao", "đang", "sẽ", "này", "đó", "nhằm", "qua", "về", "vào", "thì",
        "mà", "hoặc", "hay", "khi", "do", "so", "như", "nhưng", "hiện", "còn", "chưa", "không", "tham", "chiếm",
        "tăng", "giảm", "bằng", "đều", "cùng", "lên", "ra", "vì", "nếu", "trong", "tổng", "đạt", "phục", "thực",
    ];

    /// <summary>The noun phrase starting at <paramref name="position"/>, and where it ends.</summary>
    public static string Read(string text, int position, out int end)
    {
        var syllables = new List<string>(MaxSyllables);
        end = position;
        var cursor = position;
        while (syllables.Count < MaxSyllables)
        {
            var word = Words.After(text, cursor, out var wordEnd);
            if (word.Length == 0 || !char.IsLetter(text[wordEnd - word.Length]) || StopWords.Contains(word) ||
                CrossesBlankLine(text, cursor, wordEnd - word.Length))
            {
                break;
            }

            syllables.Add(text[(wordEnd - word.Length)..wordEnd]);
            end = cursor = wordEnd;
        }

        return string.Join(' ', syllables);
    }

    private static bool CrossesBlankLine(string text, int from, int to) =>
        text.AsSpan(from, to - from).Count('\n') > 1;
}
