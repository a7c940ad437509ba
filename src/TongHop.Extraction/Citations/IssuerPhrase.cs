using System.Text.RegularExpressions;
using TongHop.Core;
using TongHop.Parsing;

namespace TongHop.Extraction.Citations;

/// <summary>
/// Reads the issuer stated after a cited document: "của Bộ Chính trị", "của UBND tỉnh Quảng Ngãi" (OCR "cua",
/// "cia", "ctia", "ciia"). The phrase ends at punctuation, a blank line, or a word that starts the subject
/// ("về", "ban hành", "thực hiện", "V/v"), and is at most <see cref="MaxWords"/> words.
/// </summary>
public static class IssuerPhrase
{
    public const int MaxWords = 9;

    private static readonly Regex Of = Patterns.Create(@"^c[a-z}""']{0,3}a[ \t\n]+");

    // Words no issuer contains ("về", "V/v", "ngày") end the phrase in any case; verbs that start the subject
    // ("ban hành", "thực hiện") end it only in lower case, since "Ban Chỉ đạo" is an issuer.
    private static readonly Regex AlwaysStop = Patterns.Create(@"^(ve|v€|v/v|ngay|nam|theo|nhu|tai|voi|ve&)$");

    private static readonly Regex LowerStop = Patterns.Create(@"^(ban|thuc|trien|giao|phe|quy|dot|da|de|nham|cho|huong|phat|tang|kien)$");

    public readonly record struct Found(string Text, TextSpan Span);

    // "của Bộ Chính trị về…" ends before "về", "… Chính phủ và các văn bản" before "và các", "… và Công văn số…"
    // before the next cited type; "Ủy\nban nhân dân" and "Sở Khoa học và Công nghệ" go on.
    private static bool EndsBefore(ParsedDocument document, string word, int wordStart, int wordEnd, string previous)
    {
        var folded = document.Folded;
        var type = CitationTypeWords.Pattern.Match(folded, wordStart, Math.Min(24, folded.Length - wordStart));
        if (type.Success && type.Index == wordStart)
        {
            return true;
        }

        var lower = char.IsLower(document.Text[wordStart]);
        var next = NextWordStart(folded, wordEnd);
        var nextLower = next < folded.Length && char.IsLower(document.Text[next]);
        return AlwaysStop.IsMatch(word) ||
               (word == "va" && nextLower) ||
               (word == "quy" && folded.AsSpan(next).StartsWith("dinh")) ||
               (lower && !(previous == "uy" && word == "ban") && LowerStop.IsMatch(word));
    }

    private static int NextWordStart(string folded, int i)
    {
        while (i < folded.Length && folded[i] is ' ' or '\t' or '\n')
        {
            i++;
        }

        return i;
    }

    public static Found? ReadAt(ParsedDocument document, int index)
    {
        var folded = document.Folded;
        if (index >= folded.Length)
        {
            return null;
        }

        var of = Of.Match(folded, index, Math.Min(12, folded.Length - index));
        if (!of.Success)
        {
            return null;
        }

        var start = of.Index + of.Length;
        var end = ReadWords(document, start);
        if (end <= start)
        {
            return null;
        }

        var words = document.Text[start..end].Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        // "của Bộ Chính trị và Công văn số…": the "và" before the next citation is not the issuer's.
        while (words.Count > 1 && Text.Normalization.VietnameseText.FoldLower(words[^1]) == "va")
        {
            words.RemoveAt(words.Count - 1);
        }

        var text = string.Join(' ', words);
        return new Found(text, new TextSpan(start, end));
    }

    private static int ReadWords(ParsedDocument document, int start)
    {
        var folded = document.Folded;
        var i = start;
        var end = start;
        var previous = "";
        for (var words = 0; words < MaxWords && i < folded.Length; words++)
        {
            var wordStart = i;
            while (i < folded.Length && !char.IsWhiteSpace(folded[i]) && folded[i] is not (';' or ',' or '(' or ')' or '.' or ':'))
            {
                i++;
            }

            var word = folded[wordStart..i];
            if (word.Length == 0 || (words > 0 && EndsBefore(document, word, wordStart, i, previous)))
            {
                break;
            }

            previous = word;

            end = i;
            if (i >= folded.Length || folded[i] is ';' or ',' or '(' or ')' or '.' or ':' || folded.AsSpan(i).StartsWith("\n\n"))
            {
                break;
            }

            while (i < folded.Length && folded[i] is ' ' or '\t' or '\n')
            {
                i++;
            }
        }

        return end;
    }
}
