using System.Text;
using TongHop.Core;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Parsing;

/// <summary>
/// Recognises a section heading at the start of a line: Roman "I." (and OCR forms "Il.", "I11.", "_ HI.",
/// "1IL"), Arabic "1." / "2.1." and letters "a)". Bullets ("-", "+") and wrapped lines that merely start with
/// a number or a date ("223/QĐ-UBND ngày…", "22/12/2024 của…", "2025, UBND…", "2 Quyết định…" footnotes) are
/// not headings: an Arabic number must end in a dot and be followed by a word.
/// </summary>
public static class HeadingRecognizer
{
    private const int MaxTitleLength = 240;
    private const int MaxContinuationLines = 2;

    /// <summary>Reads line <paramref name="line"/> as a heading, with its title continued on following lines when wrapped.</summary>
    public static Heading? Recognize(string text, IReadOnlyList<TextSpan> lines, int line)
    {
        var span = lines[line];
        var content = text.AsSpan(span.Start, span.Length);
        var start = SkipDebris(content);
        if (start >= content.Length)
        {
            return null;
        }

        var heading = TryRoman(content, start) ?? TryArabic(content, start) ?? TryLetter(content, start);
        if (heading is not { } h)
        {
            return null;
        }

        var title = ContinueTitle(text, lines, line, h.Title, h.Kind == HeadingKind.Roman && LetterCase.IsMostlyUpper(h.Title));
        return new Heading(h.Kind, h.Number, h.Value, h.Depth, h.Certain, line, span, title);
    }

    private readonly record struct Candidate(HeadingKind Kind, string Number, int Value, int Depth, bool Certain, string Title);

    // OCR debris before a heading ("_ 1IL", "~ ", stray spaces); a bullet dash is not debris.
    private static int SkipDebris(ReadOnlySpan<char> content)
    {
        var i = 0;
        while (i < content.Length && content[i] is ' ' or '\t' or '_' or '~' or '•' or '·' or '*')
        {
            i++;
        }

        return i;
    }

    private static Candidate? TryRoman(ReadOnlySpan<char> content, int start)
    {
        var end = start;
        while (end < content.Length && content[end] is 'I' or 'V' or 'X' or 'H' or 'L' or 'l' or '1' or '|')
        {
            end++;
        }

        if (!RomanNumerals.TryReadOcr(content[start..end], out var value, out var certain))
        {
            return null;
        }

        var dotted = end < content.Length && content[end] is '.' or ',';
        var afterNumber = dotted ? end + 1 : end;
        if (afterNumber >= content.Length || content[afterNumber] is not (' ' or '\t'))
        {
            return null;
        }

        var title = CleanTitle(content[afterNumber..]);
        // Without its dot, only an upper-case title marks a Roman heading ("1IL PANH GIA CHUNG").
        if (title.Length == 0 || !char.IsLetter(title[0]) || (!dotted && !LetterCase.IsMostlyUpper(title)))
        {
            return null;
        }

        return new Candidate(HeadingKind.Roman, RomanNumerals.ToRoman(value), value, 1, certain && dotted, title);
    }

    private static Candidate? TryArabic(ReadOnlySpan<char> content, int start)
    {
        var i = start;
        if (i >= content.Length || !char.IsAsciiDigit(content[i]))
        {
            return null; // no number: asked of every line, so no list is made for it
        }

        var parts = new List<int>(3);
        var endsWithDot = false;
        while (true)
        {
            var digits = 0;
            var value = 0;
            while (i < content.Length && char.IsAsciiDigit(content[i]) && digits < 3)
            {
                value = (value * 10) + (content[i] - '0');
                digits++;
                i++;
            }

            if (digits is 0 or > 2)
            {
                return null;
            }

            parts.Add(value);
            endsWithDot = i < content.Length && content[i] == '.';
            if (!endsWithDot || i + 1 >= content.Length || !char.IsAsciiDigit(content[i + 1]))
            {
                break;
            }

            i++;
        }

        if (endsWithDot)
        {
            i++;
        }

        // "2025, UBND…", "22/12/2024 của…", "2 Quyết định…" (a footnote) fail here: a heading number ends with a dot.
        if ((!endsWithDot && parts.Count < 2) || i >= content.Length || content[i] is not (' ' or '\t') || parts.Count > 4)
        {
            return null;
        }

        var title = CleanTitle(content[i..]);
        if (title.Length == 0 || !char.IsLetter(title[0]))
        {
            return null;
        }

        return new Candidate(HeadingKind.Arabic, string.Join('.', parts), parts[^1], parts.Count, true, title);
    }

    private static Candidate? TryLetter(ReadOnlySpan<char> content, int start)
    {
        if (start + 2 >= content.Length || content[start + 1] != ')' || content[start + 2] is not (' ' or '\t'))
        {
            return null;
        }

        // The OCR reads "c)" as "¢)" (sample 003).
        var c = content[start];
        var certain = c is >= 'a' and <= 'z' or 'đ';
        if (!certain && c != '¢')
        {
            return null;
        }

        var letter = c == '¢' ? 'c' : c;
        var title = CleanTitle(content[(start + 3)..]);
        // A lettered item may open with a figure ("b) 100% văn bản đi được ký số").
        if (title.Length == 0 || !char.IsLetterOrDigit(title[0]))
        {
            return null;
        }

        var value = letter == 'đ' ? 5 : letter - 'a' + 1;
        return new Candidate(HeadingKind.Letter, letter.ToString(), value, 1, certain, title);
    }

    private static string ContinueTitle(string text, IReadOnlyList<TextSpan> lines, int line, string title, bool upperCaseHeading)
    {
        var builder = new StringBuilder(title);
        var previous = lines[line].Slice(text).TrimEnd();
        for (var next = line + 1; next < lines.Count && next <= line + MaxContinuationLines; next++)
        {
            var candidate = lines[next].Slice(text).Trim();
            if (!Continues(previous, candidate, upperCaseHeading) || builder.Length + candidate.Length > MaxTitleLength)
            {
                break;
            }

            builder.Append(' ').Append(candidate);
            previous = candidate;
        }

        return FirstClause(builder.ToString());
    }

    // A wrapped heading: an upper-case Roman title goes on in upper case; another title goes on with a lower-case
    // word or a number ("…ngày 29/" + "4/2025 của…") when it does not end a sentence.
    private static bool Continues(string previous, string next, bool upperCaseHeading)
    {
        if (next.Length == 0 || next[0] is '-' or '+' || Recognizable(next))
        {
            return false;
        }

        if (upperCaseHeading)
        {
            return LetterCase.IsMostlyUpper(next);
        }

        var last = previous[^1];
        return last is not ('.' or ':' or ';' or '!' or '?') && (char.IsLower(next[0]) || char.IsAsciiDigit(next[0]));
    }

    private static bool Recognizable(string line)
    {
        var start = SkipDebris(line);
        return TryRoman(line, start) is not null || TryArabic(line, start) is not null || TryLetter(line, start) is not null;
    }

    private static string CleanTitle(ReadOnlySpan<char> raw) => raw.Trim().ToString();

    // A numbered paragraph ("1. Đề nghị UBND tỉnh: Quan tâm bố trí…") is titled by its first clause.
    private static string FirstClause(string title)
    {
        for (var i = 1; i + 2 < title.Length; i++)
        {
            if ((title[i] == ':' && title[i + 1] == ' ') ||
                (title[i] == '.' && title[i + 1] == ' ' && char.IsUpper(title[i + 2]) && char.IsLower(title[i - 1])))
            {
                return title[..i];
            }
        }

        var trimmed = title.AsSpan().TrimEnd(" \t.:;,");
        return trimmed.Length == title.Length ? title : trimmed.ToString();
    }
}
