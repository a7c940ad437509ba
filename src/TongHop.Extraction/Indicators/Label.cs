using TongHop.Core;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// The label written before a bare number ("Số lượng tin, bài: 103" → "tin, bài"): the words of its
/// clause before it, without a leading "tổng số"/"số lượng"/"số" and trailing ":"/"là"/"đạt", at most
/// a few words.
/// </summary>
internal static class Label
{
    private static readonly char[] BeforeSeparators = [' ', '\n', ':', '\t'];
    private static readonly char[] AfterSeparators = [' ', '\n', '\t'];

    private const int MaxWords = 5;

    private static readonly string[] Leading = ["tổng số", "số lượng", "số"];

    private static readonly HashSet<string> Trailing = ["là", "đạt", "có", "được", "gồm", "tiếp", "hiện", "mặt"];

    /// <summary>The label before a bare number, or else the words after it ("03 ở Trụ sở UBND xã").</summary>
    public static string Around(string text, TextSpan sentence, TextSpan number)
    {
        var before = Before(text, sentence.Start, number.Start);
        return before.Length > 0 ? before : After(text, number.End, sentence.End);
    }

    public static string Before(string text, int clauseStart, int numberStart)
    {
        var clause = text[clauseStart..numberStart];
        var cut = clause.AsSpan().LastIndexOfAny(",;().");
        var words = clause[(cut + 1)..].Split(BeforeSeparators, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Trailing.Contains(words[^1].ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
        }

        var joined = string.Join(' ', words.TakeLast(MaxWords + 2));
        foreach (var lead in Leading)
        {
            if (joined.StartsWith(lead + " ", StringComparison.OrdinalIgnoreCase))
            {
                joined = joined[(lead.Length + 1)..];
                break;
            }
        }

        return string.Join(' ', joined.Split(' ').TakeLast(MaxWords));
    }

    private static string After(string text, int from, int sentenceEnd)
    {
        var rest = text[from..sentenceEnd];
        var cut = rest.AsSpan().IndexOfAny(",;().:");
        var words = (cut < 0 ? rest : rest[..cut]).Split(AfterSeparators, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(MaxWords));
    }
}
