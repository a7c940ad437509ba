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

    /// <summary>How far before a number its type word may end ("Quyết định số " + a stray digit).</summary>
    private const int TypeWordReach = 48;

    // A number followed by its symbol: "57-nq", "57- -nq", "42/2022/nd", "1464 [skhcn", "327/\nqd", "1288/0d".
    private const int NamedLawReach = 120;

    /// <summary>"Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam": names run long.</summary>
    private const int MaxLawNameWords = 20;

    private static readonly Regex NamedLaw = Patterns.Create(@"(?<code>bo[ \t]+luat)[ \t\n]+|(?<ordinance>phap[ \t]+lenh)[ \t\n]+|luat[ \t\n]+");

    private static readonly Regex Candidate = Patterns.Create(@"\d{1,5}(?:[ \t][il])?[ \t]*[-/\[|⁄∕][ \t\n]*(?:[-/][ \t]*)?(?:\d{4}[ \t]*/[ \t]*)?[a-z0]");

    /// <summary>The citations without the document's reference to itself ("Kèm theo Báo cáo số 77/BC-UBND" in its appendix).</summary>
    public static IReadOnlyList<Citation> WithoutOwn(IReadOnlyList<Citation> citations, string? ownNumber)
    {
        if (ownNumber is null)
        {
            return citations;
        }

        var own = CitationKey(ownNumber);
        return citations.Where(c => c.Number is null || CitationKey(c.Number) != own).ToList();
    }

    private static string CitationKey(string number) =>
        new(Text.Normalization.VietnameseText.Fold(number).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public IReadOnlyList<Citation> Extract(ParsedDocument document)
    {
        var citations = new List<Citation>();
        try
        {
            Collect(document, citations);
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile input: keep what was read before the guard fired.
        }

        citations.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return citations;
    }

    // Work starts from the numbers, which are few and found fast (a digit run before a separator and a letter), and
    // looks back a short way for the type word: scanning the whole text for type words costs several times more.
    private static void Collect(ParsedDocument document, List<Citation> citations)
    {
        var folded = document.Folded;
        foreach (Match candidate in Candidate.Matches(folded))
        {
            if (citations.Count >= MaxCitations)
            {
                break;
            }

            var at = DecimalStart(folded, candidate.Index);
            if ((at > 0 && folded[at - 1] is var before && (char.IsLetterOrDigit(before) || before is '/' or '-')) ||
                IsStandardCode(folded, at) ||
                DocumentNumbers.ReadAt(document.Text, at) is not { } number ||
                (citations.Count > 0 && citations[^1].Span.End > number.Span.Start))
            {
                continue;
            }

            var citation = ReadTyped(document, number) ??
                           (citations.Count > 0 ? ReadListItem(document, citations[^1], number) : null) ??
                           ReadBare(document, number);
            if (citation is not null)
            {
                citations.Add(citation);
            }
        }
    }

    private static Citation? ReadTyped(ParsedDocument document, NumberMatch number)
    {
        var folded = document.Folded;
        var windowStart = Math.Max(0, number.Span.Start - TypeWordReach);
        Match? found = null;
        for (var m = CitationTypeWords.Pattern.Match(folded, windowStart, number.Span.Start - windowStart); m.Success; m = m.NextMatch())
        {
            if (!IsLetterAt(folded, m.Index - 1) && !IsLetterAt(folded, m.Index + m.Length) &&
                DocumentNumbers.ReadAt(document.Text, SkipNumberWord(folded, m.Index + m.Length)) is { } read &&
                read.Span.Start == number.Span.Start)
            {
                found = m;
            }
        }

        if (found is null)
        {
            return ReadNamedLaw(document, number);
        }

        // "Văn bản số 2026/SKHCN-CĐS": the type word as written, where the symbol names no type of its own (a letter's);
        // "văn bản số 12/KH-UBND" is the Kế hoạch its symbol says.
        var type = CitationTypeWords.TypeOf(found) ?? DocumentTypes.FromSymbol(number.Number) switch
        {
            DocumentTypes.OfficialLetter when !DocumentTypes.HasTypeCode(number.Number) => DocumentTypes.Document,
            var implied => implied,
        };
        return type is null ? null : Complete(document, type, number, found.Index);
    }

    // "các Luật số 43/2024/QH15, số 47/2024/QH15 và số 58/2024/QH15", "các Nghị định số 10/2025/NĐ-CP, 11/2025/NĐ-CP":
    // a number right after the previous citation, joined by a comma or "và" (and an optional "số"), is one more document
    // of the same type when its symbol is written like the previous one's (the same letters, or the same type code).
    private static Citation? ReadListItem(ParsedDocument document, Citation previous, NumberMatch number)
    {
        if (previous.Number is not { } previousNumber || !IsListGap(document.Folded, previous.Span.End, number.Span.Start) ||
            !SymbolsAlike(previousNumber, number.Number))
        {
            return null;
        }

        return Complete(document, previous.Type, number, number.Span.Start);
    }

    // Only blanks, one comma or "và", and an optional "số" (OCR "s6") between the previous citation and this number.
    private static bool IsListGap(string folded, int from, int to)
    {
        if (to - from > 12)
        {
            return false;
        }

        var i = SkipBlanks(folded, from);
        var joined = false;
        if (i < to && folded[i] == ',')
        {
            joined = true;
            i = SkipBlanks(folded, i + 1);
        }

        if (i + 2 < to && folded[i] == 'v' && folded[i + 1] == 'a' && folded[i + 2] is ' ' or '\t' or '\n')
        {
            joined = true;
            i = SkipBlanks(folded, i + 2);
        }

        return joined && (i == to || SkipNumberWord(folded, i) == to);
    }

    private static bool SymbolsAlike(string previous, string next)
    {
        var letters = SymbolLetters(previous);
        return (letters.Length > 0 && letters == SymbolLetters(next)) ||
               (DocumentTypes.HasTypeCode(previous) && DocumentTypes.HasTypeCode(next) &&
                DocumentTypes.FromSymbol(previous) == DocumentTypes.FromSymbol(next));
    }

    // The letters of a number's lettered parts: "43/2024/QH15" → "QH" (so 83/2015/QH13 is written alike), "10/2025/NĐ-CP" → "NĐ-CP".
    private static string SymbolLetters(string number) =>
        string.Join('-', number.Split('-', '/').Skip(1).Where(p => p.Any(char.IsLetter)).Select(p => new string(p.Where(char.IsLetter).ToArray())));

    // "66.13/2026/NQ-CP": the candidate found "13/…"; the number starts at "66".
    private static int DecimalStart(string folded, int at)
    {
        if (at < 2 || folded[at - 1] != '.' || !char.IsAsciiDigit(folded[at - 2]))
        {
            return at;
        }

        var i = at - 1;
        while (i > 0 && char.IsAsciiDigit(folded[i - 1]))
        {
            i--;
        }

        return i;
    }

    // "QCVN 03:2019/BYT", "TCCS.01:2017/ĐCKS": the code of a technical standard, not a document number.
    private static bool IsStandardCode(string folded, int at) =>
        at > 1 && folded[at - 1] == ':' && char.IsAsciiDigit(folded[at - 2]);

    // "Luật Dữ liệu số 60/2024/QH15", "Bộ luật Lao động số 45/2019/QH14": a law's type word, its name, then "số" and
    // the number.
    private static Citation? ReadNamedLaw(ParsedDocument document, NumberMatch number)
    {
        var folded = document.Folded;
        var so = NumberWordBefore(folded, number.Span.Start);
        if (so < 0)
        {
            return null;
        }

        // The nearest law word whose name reads as one: "Luật sửa đổi, bổ sung … của 15 luật trong lĩnh vực … số
        // 146/2025/QH15" is named from its capital "Luật", not from the lower-case "luật" inside its name.
        var windowStart = Math.Max(0, so - NamedLawReach);
        var laws = new List<Match>();
        for (var m = NamedLaw.Match(folded, windowStart, so - windowStart); m.Success; m = m.NextMatch())
        {
            laws.Add(m);
        }

        for (var k = laws.Count - 1; k >= 0; k--)
        {
            var law = laws[k];
            if (!IsLetterAt(folded, law.Index - 1) && IsLawName(document.Text, law.Index, document.Text[(law.Index + law.Length)..so]))
            {
                var type = law.Groups["code"].Success ? DocumentTypes.LegalCode : law.Groups["ordinance"].Success ? DocumentTypes.Ordinance : DocumentTypes.Law;
                return Complete(document, type, number, law.Index);
            }
        }

        return null;
    }

    // A name starts with a capital, or in lower case after a capital type word ("Luật tín ngưỡng, tôn giáo"); it holds no
    // document number ("Luật số 43/2024/QH15, số 47/…" is a list), no sentence punctuation, at most 20 words.
    private static bool IsLawName(string text, int lawAt, string name) =>
        name.Length > 0 && (char.IsUpper(name[0]) || (char.IsLower(name[0]) && char.IsUpper(text[lawAt]))) &&
        !name.Contains('/') && name.AsSpan().IndexOfAny(";:()\"\u201c\u201d") < 0 && !EndsSentence(name) &&
        name.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length <= MaxLawNameWords;

    // A full stop inside a law's name ends a sentence, unless a lower-case word follows (an OCR'd comma: "Khoa học. công nghệ").
    private static bool EndsSentence(string name)
    {
        for (var i = name.IndexOf('.'); i >= 0; i = name.IndexOf('.', i + 1))
        {
            var next = name.AsSpan(i + 1).TrimStart();
            if (next.Length == 0 || !char.IsLower(next[0]))
            {
                return true;
            }
        }

        return false;
    }

    // Where the "số" written just before a number starts, or -1.
    private static int NumberWordBefore(string folded, int number)
    {
        var i = number;
        while (i > 0 && folded[i - 1] is ' ' or '\t' or ':')
        {
            i--;
        }

        return i >= 2 && folded[i - 2] == 's' && folded[i - 1] == 'o' && (i == 2 || !char.IsLetter(folded[i - 3])) ? i - 2 : -1;
    }

    // A bare symbol counts only with its date ("theo 1005/UBND ngày 22/10/2025"), so a code like "BC-UBND" in passing
    // or the document's own "Số:" line is not a citation.
    private static Citation? ReadBare(ParsedDocument document, NumberMatch number)
    {
        if (IsOwnNumberLine(document, number.Span.Start) || DocumentTypes.FromSymbol(number.Number) is not { } type)
        {
            return null;
        }

        var citation = Complete(document, type, number, number.Span.Start);
        return citation.Date is null ? null : citation;
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
