using System.Text;
using TongHop.Text.Normalization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The words of a header's date line, "ngày … tháng … năm …" (Decree 30/2020: the place, then the date in italics, the
/// day and month often written in by hand). A photocopy's italic strokes break, and Tesseract reads the three words as
/// other letters (`ngủv`, `nụav`, `ngũ`; `thủng`, `"hàng`; `nam`, `ữm`, `12năm`) that are often syllables, so the decoder
/// keeps them. In a header line where three words in that order are each at most two letters from "ngày", "tháng" and
/// "năm" (one from "năm" unless it ends in m), with at most two short tokens between them (the day, the month), they are
/// those words: nothing else in a header has that shape. The tokens between them (handwritten figures) are left alone.
/// </summary>
internal static class DateLineWords
{
    // The date line stands in the header, beside or under the number (OCR may put debris or a merged column before it).
    private const int HeaderLines = 20;

    // The day or the month between two of the words: one or two tokens, each short (figures, or what OCR made of them).
    private const int MaxBetween = 2;
    private const int MaxBetweenLength = 5;

    private static readonly string[] Words = ["ngày", "tháng", "năm"];
    private static readonly string[] Keys = ["ngay", "thang", "nam"];

    /// <summary>Rewrites the date words in <paramref name="lines"/>; returns the lines changed.</summary>
    public static List<int> Restore(string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var changed = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var restored = RewriteLine(lines[i], i < HeaderLines);
            if (!string.Equals(restored, lines[i], StringComparison.Ordinal))
            {
                lines[i] = restored;
                changed.Add(i);
            }
        }

        return changed;
    }

    internal static string RewriteLine(string line, bool header)
    {
        if (line.Length < 10)
        {
            return line;
        }

        var tokens = Tokens(line);
        for (var a = 0; a < tokens.Count; a++)
        {
            if (!Fits(line, tokens[a], 0))
            {
                continue;
            }

            var b = Next(line, tokens, a, 1);
            var c = b < 0 ? -1 : Next(line, tokens, b, 2);
            if (c < 0)
            {
                continue;
            }

            // The header's date line follows its place ("Hà Nội, ngày"); anywhere else each word is followed by its figures.
            var afterPlace = header && a > 0 && line[tokens[a - 1].Start + tokens[a - 1].Length - 1] == ',';
            var withFigures = b == a + 2 && c == b + 2 && HasDigit(line, tokens[a + 1]) && HasDigit(line, tokens[b + 1]);
            if (afterPlace || withFigures)
            {
                return Rewrite(line, [tokens[a], tokens[b], tokens[c]]);
            }
        }

        return line;
    }

    private static bool HasDigit(string line, (int Start, int Length) token) =>
        line.AsSpan(token.Start, token.Length).IndexOfAnyInRange('0', '9') >= 0;

    // The token after `from` (past at most MaxBetween short ones) that fits word `w`, or -1.
    private static int Next(string line, List<(int Start, int Length)> tokens, int from, int w)
    {
        for (var k = from + 1; k < tokens.Count && k <= from + MaxBetween + 1; k++)
        {
            if (Fits(line, tokens[k], w))
            {
                return k;
            }

            if (tokens[k].Length > MaxBetweenLength)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool Fits(string line, (int Start, int Length) token, int w)
    {
        var letters = Letters(line.AsSpan(token.Start, token.Length), w == 2);
        if (letters.Length < 2)
        {
            return false;
        }

        var key = VietnameseText.FoldLower(letters);
        var limit = w == 2 && key[^1] != 'm' ? 1 : 2;
        var distance = EditDistance.Compute(key, Keys[w], limit);
        if (distance > limit)
        {
            return false;
        }

        // "Nam" (Việt Nam ngày …) is no "ngày": the day's word must be nearer to it than to "năm" (or as near and longer).
        var year = w == 0 ? EditDistance.Compute(key, Keys[2], limit + 1) : int.MaxValue;
        return distance < year || (distance == year && key.Length > Keys[2].Length);
    }

    // The token's letters without the punctuation around them; for "năm", also without the month's figures run into it
    // ("12năm"); empty when anything else is inside.
    private static string Letters(ReadOnlySpan<char> token, bool afterDigits)
    {
        var start = afterDigits ? LeadingDigits(token) : 0;
        if (start > 2)
        {
            return string.Empty;
        }

        while (start < token.Length && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }

        var letters = token[start..end];
        foreach (var c in letters)
        {
            if (!char.IsLetter(c))
            {
                return string.Empty;
            }
        }

        return letters.ToString();
    }

    private static int LeadingDigits(ReadOnlySpan<char> token)
    {
        var digits = 0;
        while (digits < token.Length && char.IsDigit(token[digits]))
        {
            digits++;
        }

        return digits;
    }

    private static string Rewrite(string line, (int Start, int Length)[] found)
    {
        var output = new StringBuilder(line.Length + 8);
        var copied = 0;
        for (var w = 0; w < found.Length; w++)
        {
            var (start, length) = found[w];
            output.Append(line, copied, start - copied);
            var token = line.AsSpan(start, length);
            var digits = w == 2 ? LeadingDigits(token) : 0;
            if (digits > 0)
            {
                output.Append(token[..digits]).Append(' ');
            }

            var upper = IsUpper(token);
            output.Append(upper ? VietnameseText.Upper(Words[w]) : Words[w]);
            copied = start + length;
        }

        return output.Append(line, copied, line.Length - copied).ToString();
    }

    private static bool IsUpper(ReadOnlySpan<char> token)
    {
        var letters = 0;
        var capitals = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters > 1 && capitals == letters;
    }

    private static List<(int Start, int Length)> Tokens(string line)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var blank = i == line.Length || line[i] is ' ' or '\t';
            if (blank && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
            else if (!blank && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }
}
