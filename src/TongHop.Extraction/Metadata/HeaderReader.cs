using System.Text.RegularExpressions;
using TongHop.Extraction.Citations;
using TongHop.Parsing;
using TongHop.Text.Dates;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Reads the header: the issuer (the last line of the left column above "Số:"), the number, the place and date
/// ("Khánh Cường, ngày 03 tháng 12 năm 2025"), the type title ("BÁO CÁO") or a "V/v" subject, and the title.
/// </summary>
public static class HeaderReader
{

    private static readonly Regex PlaceDate = Patterns.Create(@",[ \t]*ng[a-z]y\b");

    private static readonly Regex Subject = Patterns.Create(@"^v[ \t]*/[ \t]*v\b[ \t.:]*");

    private static readonly Regex Recipients = Patterns.Create(@"^k[i1]nh[ \t]+g\S{1,3}");

    private static readonly (string Folded, string Type)[] TitleWords =
    [
        ("bao cao", DocumentTypes.Report), ("ke hoach", DocumentTypes.Plan), ("quyet dinh", DocumentTypes.Decision),
        ("to trinh", DocumentTypes.Submission), ("thong bao", DocumentTypes.Notice), ("giay moi", DocumentTypes.Invitation),
        ("cong van", DocumentTypes.OfficialLetter), ("nghi quyet", DocumentTypes.Resolution), ("chuong trinh", DocumentTypes.Programme),
        ("huong dan", DocumentTypes.Guidance), ("de an", DocumentTypes.Project), ("chi thi", DocumentTypes.Directive),
    ];

    public static Header Read(ParsedDocument document)
    {
        var end = HeaderLines.End(document);
        var numberLine = FindNumberLine(document, end);
        var number = numberLine >= 0 ? ReadNumber(document, numberLine) : null;
        var (place, date, hasPlaceDate) = ReadPlaceDate(document, end, numberLine, number);
        var issuer = ReadIssuer(document, numberLine >= 0 ? numberLine : Math.Min(end, 6));
        var (type, title) = ReadTypeAndTitle(document, end, numberLine);
        return new Header(issuer, number?.Number, numberLine, place, date, hasPlaceDate, type, title);
    }

    private static int FindNumberLine(ParsedDocument document, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (HeaderLines.NumberLabelLength(document.FoldedLine(i).TrimStart()) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static NumberMatch? ReadNumber(ParsedDocument document, int line)
    {
        var span = document.Lines[line];
        var folded = document.FoldedLine(line);
        var label = HeaderLines.NumberLabelLength(folded.TrimStart());
        var at = span.Start + (folded.Length - folded.TrimStart().Length) + label;
        return DocumentNumbers.ReadAt(document.Text, at);
    }

    private static (string? Place, DateOnly? Date, bool Found) ReadPlaceDate(ParsedDocument document, int end, int numberLine, NumberMatch? number)
    {
        for (var i = 0; i < Math.Max(end, numberLine + 1); i++)
        {
            var folded = document.FoldedLine(i);
            var m = PlaceDate.Match(folded);
            if (!m.Success)
            {
                continue;
            }

            var span = document.Lines[i];
            var from = i == numberLine && number is { } n ? n.Span.End - span.Start : 0;
            var place = PlaceWords(document.LineText(i)[Math.Min(from, m.Index)..m.Index]);
            var date = VietnameseDates.MatchAt(document.Folded, span.Start + m.Index + 1);
            if (date is not null || place is not null)
            {
                return (place, date?.Date, true);
            }
        }

        return (null, null, false);
    }

    // The place is the run of capitalised words before the comma: "… [SKHCN-KH&PMST Qudng Ngdi" → "Qudng Ngdi".
    private static string? PlaceWords(string before)
    {
        var words = before.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var take = 0;
        for (var k = words.Length - 1; k >= 0 && take < 4; k--)
        {
            var w = words[k];
            var isName = char.IsUpper(w[0]) && (w.Skip(1).Any(char.IsLower) || w.Length == 1 || w is "TP." or "TX.");
            if (!isName)
            {
                break;
            }

            take++;
        }

        return take == 0 ? null : string.Join(' ', words[^take..]);
    }

    private static string? ReadIssuer(ParsedDocument document, int before)
    {
        var left = new List<string>();
        for (var i = 0; i < before; i++)
        {
            var column = HeaderLines.LeftColumn(document, i);
            // Issuer lines are written in capitals; anything else above "Số:" is not the issuer.
            if (column.Length > 0 && !HeaderLines.IsRule(column) && LetterCase.IsMostlyUpper(column))
            {
                left.Add(column);
            }
        }

        if (left.Count == 0)
        {
            return null;
        }

        // "ỦY BAN NHÂN DÂN" / "XÃ KHÁNH CƯỜNG" on two lines is one name.
        var last = left[^1];
        var lastFolded = Text.Normalization.VietnameseText.FoldLower(last);
        var firstWord = lastFolded.Split(' ')[0];
        if (left.Count > 1 && (AdministrativeLevels.Find(firstWord) is not null || lastFolded.StartsWith("thi ") || lastFolded.StartsWith("thanh pho")))
        {
            last = left[^2] + " " + last;
        }

        return IssuerNames.Normalize(last);
    }

    private static (string? Type, string? Title) ReadTypeAndTitle(ParsedDocument document, int end, int numberLine)
    {
        for (var i = Math.Max(0, numberLine + 1); i < end; i++)
        {
            var folded = document.FoldedLine(i).Trim();
            var subject = Subject.Match(folded);
            if (subject.Success)
            {
                var first = document.LineText(i).Trim()[subject.Length..];
                return (DocumentTypes.OfficialLetter, TitleBlock(document, i, first, allowTail: true));
            }

            if (TitleType(folded) is { } type && LetterCase.IsMostlyUpper(document.LineText(i)))
            {
                return (type, TitleBlock(document, NextNonBlank(document, i + 1, 2), null, allowTail: false));
            }
        }

        return numberLine < 0 ? (null, UntitledDocumentTitle(document, end)) : (null, null);
    }

    // A document without header (sample 002) may still open with its title, before "Thực hiện…".
    private static string? UntitledDocumentTitle(ParsedDocument document, int end)
    {
        var first = NextNonBlank(document, 0, 3);
        return first >= 0 && first < end && !LetterCase.IsMostlyUpper(document.LineText(first)) ? TitleBlock(document, first, null, false) : null;
    }

    private static string? TitleType(string foldedTrimmed)
    {
        foreach (var (word, type) in TitleWords)
        {
            if (foldedTrimmed == word)
            {
                return type;
            }
        }

        return null;
    }

    private static string? TitleBlock(ParsedDocument document, int line, string? firstText, bool allowTail)
    {
        if (line < 0 || line >= document.Lines.Count)
        {
            return null;
        }

        var parts = new List<string> { (firstText ?? document.LineText(line)).Trim() };
        var i = line + 1;
        for (; i < document.Lines.Count && parts.Count < 6; i++)
        {
            var text = document.LineText(i).Trim();
            if (text.Length == 0 || HeaderLines.IsRule(text) || Recipients.IsMatch(document.FoldedLine(i).Trim()))
            {
                break;
            }

            parts.Add(text);
        }

        // The OCR may put a subject's last words after a blank line (sample 001: "…của UBND tỉnh" / "" / "Quảng Ngãi").
        if (allowTail && NextNonBlank(document, i, 1) is var tail && tail > 0 && IsShortTail(document, tail))
        {
            parts.Add(document.LineText(tail).Trim());
        }

        var title = string.Join(' ', parts.Where(p => p.Length > 0)).Trim();
        return title.Length == 0 ? null : title;
    }

    private static bool IsShortTail(ParsedDocument document, int line)
    {
        var text = document.LineText(line).Trim();
        var folded = document.FoldedLine(line).Trim();
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && !Recipients.IsMatch(folded) &&
               !text.StartsWith('-') && !text.Contains(':') && char.IsUpper(text[0]) && text.Any(char.IsLower);
    }

    private static int NextNonBlank(ParsedDocument document, int from, int maxBlank)
    {
        for (var i = from; i < document.Lines.Count && i <= from + maxBlank; i++)
        {
            if (document.LineText(i).Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
