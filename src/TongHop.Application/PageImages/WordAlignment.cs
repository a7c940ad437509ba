using System.Globalization;
using TongHop.Reading.Layout;

namespace TongHop.Application.PageImages;

/// <summary>
/// Lines up the words of a rendered copy of a document (a DOCX or a text rendered by LibreOffice, with boxes) with the
/// words of the text read from the original, so an evidence span of the read text finds its boxes. The two texts hold
/// the same words in the same order, laid out differently (a table's cells, tabs and line breaks fall elsewhere), so
/// the match goes forward word by word: a read word takes the next unused rendered word equal to it (letters and
/// digits, lower case) within a short look-ahead, else one just behind (a two-column header whose cells wrap
/// differently puts words in another order); a short word without digits only when the word after it agrees too, so
/// a "và" skipped on one side cannot pull the rest out of step. Words that find no partner keep no box.
/// </summary>
public static class WordAlignment
{
    private const int LookAhead = 40;

    /// <param name="read">The text read from the original (the offsets the result points into).</param>
    /// <param name="rendered">The rendered copy's text (what <paramref name="pages"/>' words point into).</param>
    public static IReadOnlyList<PageWords> Align(string read, string rendered, IReadOnlyList<PageWords> pages)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(pages);
        var target = Tokens(read);
        var source = pages.SelectMany(p => p.Words.Select(w => (Page: p.Page, Box: w, Key: Key(rendered.AsSpan(w.Start, w.Length))))).Where(w => w.Key.Length > 0).ToList();
        var found = new Dictionary<int, List<WordBox>>();
        var used = new bool[source.Count];
        var next = 0;
        for (var i = 0; i < target.Count; i++)
        {
            var (start, length, key) = target[i];
            bool Fits(int j) => !used[j] && source[j].Key == key && (Distinctive(key) || NextAgrees(target, i, source, j));

            // Forward first; then back, for a word the layout put earlier (a two-column header wrapped differently).
            var at = -1;
            for (var j = next; j < Math.Min(source.Count, next + LookAhead) && at < 0; j++)
            {
                at = Fits(j) ? j : -1;
            }

            if (at >= 0)
            {
                next = at + 1;
            }
            else
            {
                for (var j = next - 1; j >= Math.Max(0, next - LookAhead) && at < 0; j--)
                {
                    at = Fits(j) ? j : -1;
                }
            }

            if (at < 0)
            {
                continue;
            }

            used[at] = true;
            if (!found.TryGetValue(source[at].Page, out var list))
            {
                found[source[at].Page] = list = [];
            }

            list.Add(source[at].Box with { Start = start, Length = length });
        }

        return pages.Where(p => found.ContainsKey(p.Page)).Select(p => p with { Words = found[p.Page] }).ToList();
    }

    private static bool Distinctive(string key) => key.Length >= 5 || key.Any(char.IsDigit);

    private static bool NextAgrees(List<(int Start, int Length, string Key)> target, int i, List<(int Page, WordBox Box, string Key)> source, int j) =>
        i + 1 >= target.Count || j + 1 >= source.Count || target[i + 1].Key == source[j + 1].Key;

    /// <summary>The words of the text (runs between white space) with their keys; words without a letter or digit are left out.</summary>
    private static List<(int Start, int Length, string Key)> Tokens(string text)
    {
        var tokens = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start && Key(text.AsSpan(start, i - start)) is { Length: > 0 } key)
            {
                tokens.Add((start, i - start, key));
            }
        }

        return tokens;
    }

    private static string Key(ReadOnlySpan<char> word)
    {
        var key = new System.Text.StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(System.Text.NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return key.ToString();
    }
}
