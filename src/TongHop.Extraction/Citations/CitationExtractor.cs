using System.Text.RegularExpressions;
using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Parsing;
using TongHop.Text.Dates;

namespace TongHop.Extraction.Citations;

/// <summary>
/// Finds every cited document: a type word, an optional "số", a number/symbol, then optionally its date
/// ("ngày 22/12/2024", "ngày 10 tháng 9 năm 2025") and issuer ("của Bộ Chính trị"). A bare symbol followed by a
/// date ("theo 1005/UBND ngày 22/10/2025") is a citation too, typed by its symbol. The document's own "Số:" line
/// is not a citation. One entry per mention, in text order; at most <see cref="MaxCitations"/>.
/// </summary>
public sealed class CitationExtractor : ICitationExtractor
{
    public const int MaxCitations = 5000;

    private static readonly Regex BareSymbol = new(@"\d{1,5}[ \t]*[-/][ \t]*[a-z0]", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public IReadOnlyList<Citation> Extract(ParsedDocument document)
    {
        var citations = new List<Citation>();
        foreach (Match match in CitationTypeWords.Pattern.Matches(document.Folded))
        {
            if (citations.Count >= MaxCitations)
            {
                break;
            }

            if (!IsLetterAt(document.Folded, match.Index - 1) && !IsLetterAt(document.Folded, match.Index + match.Length) &&
                ReadTyped(document, match) is { } citation)
            {
                citations.Add(citation);
            }
        }

        AddBareSymbols(document, citations);
        citations.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return citations;
    }

    private static Citation? ReadTyped(ParsedDocument document, Match match)
    {
        var after = SkipNumberWord(document.Folded, match.Index + match.Length);
        if (DocumentNumbers.ReadAt(document.Text, after) is not { } number)
        {
            return null;
        }

        var type = CitationTypeWords.TypeOf(match) ?? DocumentTypes.FromSymbol(number.Number);
        return type is null ? null : Complete(document, type, number, match.Index);
    }

    private static void AddBareSymbols(ParsedDocument document, List<Citation> citations)
    {
        var covered = citations.Select(c => c.Span).ToList();
        foreach (Match match in BareSymbol.Matches(document.Folded))
        {
            if (citations.Count >= MaxCitations || covered.Any(s => s.Start <= match.Index && match.Index < s.End) ||
                (match.Index > 0 && document.Folded[match.Index - 1] is var before && (char.IsLetterOrDigit(before) || before is '/' or '-')) ||
                IsOwnNumberLine(document, match.Index) ||
                DocumentNumbers.ReadAt(document.Text, match.Index) is not { } number ||
                DocumentTypes.FromSymbol(number.Number) is not { } type)
            {
                continue;
            }

            // A bare symbol counts only with its date, so a code like "BC-UBND" in passing is not a citation.
            var citation = Complete(document, type, number, number.Span.Start);
            if (citation.Date is not null)
            {
                citations.Add(citation);
            }
        }
    }

    private static Citation Complete(ParsedDocument document, string type, NumberMatch number, int start)
    {
        var end = number.Span.End;
        var dateAt = SkipSeparators(document.Folded, end);
        DateOnly? date = null;
        if (VietnameseDates.MatchAt(document.Folded, dateAt) is { } mention)
        {
            date = mention.Date;
            end = mention.Span.End;
        }

        var issuer = IssuerPhrase.ReadAt(document, SkipSeparators(document.Folded, end));
        if (issuer is { } found)
        {
            end = found.Span.End;
        }

        return new Citation(type, number.Number, date, issuer?.Text, new TextSpan(start, end));
    }

    // "số", "số:", OCR "s6", "sb", "sé6", "s" before the number.
    private static int SkipNumberWord(string folded, int i)
    {
        i = SkipBlanks(folded, i);
        if (i < folded.Length && folded[i] == 's')
        {
            var j = i + 1;
            while (j < folded.Length && j - i <= 3 && !char.IsWhiteSpace(folded[j]) && folded[j] != ':')
            {
                j++;
            }

            if (j - i <= 3 && j < folded.Length && (char.IsWhiteSpace(folded[j]) || folded[j] == ':'))
            {
                return SkipBlanks(folded, folded[j] == ':' ? j + 1 : j);
            }
        }

        return i;
    }

    private static int SkipSeparators(string folded, int i)
    {
        var newlines = 0;
        while (i < folded.Length && (folded[i] is ' ' or '\t' or ',' || (folded[i] == '\n' && newlines++ == 0)))
        {
            i++;
        }

        return i;
    }

    private static int SkipBlanks(string folded, int i)
    {
        var newlines = 0;
        while (i < folded.Length && (folded[i] is ' ' or '\t' || (folded[i] == '\n' && newlines++ == 0)))
        {
            i++;
        }

        return i;
    }

    // The header line "Số: 1464/SKHCN-KH&ĐMST" gives the document's own number.
    private static bool IsOwnNumberLine(ParsedDocument document, int offset)
    {
        var line = document.FoldedLine(document.LineAt(offset)).TrimStart();
        var colon = line.IndexOf(':');
        return line.StartsWith('s') && colon is > 0 and <= 3;
    }

    private static bool IsLetterAt(string text, int index) => index >= 0 && index < text.Length && char.IsLetter(text[index]);
}
