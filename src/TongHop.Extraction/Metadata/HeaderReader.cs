using System.Text.RegularExpressions;
using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Extraction.Citations;
using TongHop.Parsing;
using TongHop.Text.Dates;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Reads the header: the issuer (the issuing body's lines at the bottom of the left column above "Số:", under its
/// parent body), the number, the place and date ("Khánh Cường, ngày 03 tháng 12 năm 2025"), the type title ("BÁO
/// CÁO") or a "V/v" subject, and the title. A number or day left blank, or not readable, is <c>null</c> with a
/// <see cref="MetadataGap"/>.
/// </summary>
public static class HeaderReader
{
    private static readonly Regex Subject = Patterns.Create(@"^v[ \t]*/[ \t]*v\b[ \t.:]*");

    private static readonly Regex Recipients = Patterns.Create(@"^k[i1]nh[ \t]+g\S{1,3}");

    // What a blank looks like: spaces, dots, underscores, an ellipsis.
    private static readonly Regex Blank = Patterns.Create(@"^[ \t._…]*$");

    private static readonly Regex DateSlots = Patterns.Create(@"ng[a-z]y(?<d>[^\n]{0,12}?)th[a-z]ng(?<m>[^\n]{0,12}?)n[a-z]m\b");

    private static readonly (string Folded, string Type)[] TitleWords =
    [
        ("bao cao", DocumentTypes.Report), ("ke hoach", DocumentTypes.Plan), ("quyet dinh", DocumentTypes.Decision),
        ("to trinh", DocumentTypes.Submission), ("thong bao", DocumentTypes.Notice), ("giay moi", DocumentTypes.Invitation),
        ("cong van", DocumentTypes.OfficialLetter), ("nghi quyet", DocumentTypes.Resolution), ("chuong trinh", DocumentTypes.Programme),
        ("huong dan", DocumentTypes.Guidance), ("de an", DocumentTypes.Project), ("chi thi", DocumentTypes.Directive),
        ("nghi dinh", DocumentTypes.Decree), ("thong tu", DocumentTypes.Circular), ("luat", DocumentTypes.Law),
    ];

    public static Header Read(ParsedDocument document)
    {
        var end = HeaderLines.End(document);
        var gaps = new List<MetadataGap>();
        var numberLine = FindNumberLine(document, end);
        var number = numberLine >= 0 ? ReadNumber(document, numberLine, gaps) : null;
        var (place, loose, wider, date, hasPlaceDate) = ReadPlaceDate(document, end, numberLine, number, gaps);
        var (type, title, typeLine) = ReadTypeAndTitle(document, end, numberLine);
        var issuerLines = IssuerLines(document, numberLine >= 0 ? numberLine : typeLine >= 0 ? typeLine : Math.Min(end, 6));
        var province = ProvinceFinder.Find(document, issuerLines);
        var issuer = ReadIssuer(document, issuerLines, province, place);

        // A province the header's lines did not name whole (OCR split "TỈNH LÂM" / "ĐỒNG") but the issuer's name, read
        // against the list, does ("Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng"): the place of the date line is read within it.
        province ??= issuer is null ? null : ProvinceFinder.Mentions(VietnameseText.FoldLower(issuer.Name)).FirstOrDefault();
        province ??= issuer?.Unit?.Province;
        var written = place;
        place = WiderPlace(place, wider, issuer?.Unit, province) ?? place;
        place = place is null && loose is not null
            ? PlaceNames.GarbledPlaceOfDateLine(loose, issuer?.Unit, province)
            : PlaceNames.PlaceOfDateLine(place, issuer?.Unit, province);
        if (written is not null && place is null)
        {
            gaps.Add(new MetadataGap("place", MetadataGap.Unreadable, written, HeaderLines.LineHolding(document, written)));
        }

        return new Header(issuer?.Name, issuer?.Unit, province, OwnNumber(number, gaps), numberLine, place,
            date, hasPlaceDate, type, title, issuerLines, gaps);
    }

    // A document's own number always has a slash (Decree 30's "Số: 12/BC-UBND", a Party's "Số 45-BC/ĐU"): one read without
    // any lost it to the OCR with its hand-written figures ("32025-T1-NHNN" for 84/2025/TT-NHNN), and is left for the
    // reviewer. (The number's match still marks where the place may start on its line.)
    private static string? OwnNumber(NumberMatch? number, List<MetadataGap> gaps)
    {
        if (number is not { } read || read.Number.Contains('/'))
        {
            return number?.Number;
        }

        gaps.Add(new MetadataGap("number", MetadataGap.Unreadable, read.Number, read.Span));
        return null;
    }

    // The first line with a number label and something of a number after it (a digit or the symbol's slash); else the
    // first with a label alone. A place's word wrapped onto a line of its own with the right column's stray colons
    // ("SƠN : :") looks like a label ("Sơn :") but has no number.
    private static int FindNumberLine(ParsedDocument document, int end)
    {
        var bare = -1;
        for (var i = 0; i < end; i++)
        {
            var folded = document.FoldedLine(i).TrimStart();
            if (HeaderLines.HasNumberAfterLabel(folded))
            {
                return i;
            }

            bare = bare < 0 && HeaderLines.NumberLabelLength(folded) > 0 ? i : bare;
        }

        return bare;
    }

    private static NumberMatch? ReadNumber(ParsedDocument document, int line, List<MetadataGap> gaps)
    {
        var span = document.Lines[line];
        var folded = document.FoldedLine(line);
        var label = HeaderLines.NumberLabelLength(folded.TrimStart());
        var at = span.Start + (folded.Length - folded.TrimStart().Length) + label;
        if (DocumentNumbers.ReadAt(document.Text, at) is { } number)
        {
            return number;
        }

        // "Số:      /KH-UBND" (a draft, or an e-office copy not yet numbered) or "Số: #3/BC-UBND" (a hand-written number
        // the OCR could not read): the symbol is there, the number is not.
        var column = span.Start + HeaderLines.RightStart(document, line);
        var slash = document.Text.IndexOf('/', at, Math.Max(0, column - at));
        if (slash > at || (slash == at && slash < column))
        {
            var written = document.Text[at..slash];
            var reason = Blank.IsMatch(written) ? MetadataGap.Blank : MetadataGap.Unreadable;
            gaps.Add(new MetadataGap("number", reason, written.Trim(), new TextSpan(at, slash)));
        }

        return null;
    }

    // "bak Lak, ngày …": OCR wrote the place's first letter Đ as a lower-case b (or p, d), which ends the run of capitalised
    // words one word early. The place with the word before it is taken when it is the name of the issuer's unit or of the
    // province (within the edits a name may differ by) and the place alone is not.
    private static string? WiderPlace(string? place, string? wider, AdministrativeUnit? issuerUnit, AdministrativeUnit? province) =>
        place is not null && wider is not null && PlaceNames.KnownUnitName(place, issuerUnit, province) is null
            ? PlaceNames.KnownUnitName(wider, issuerUnit, province)
            : null;

    // Loose: the words before the comma where no capitalised place stands there (repair left a garbled place's word in
    // lower case: "Văn bồn" from English OCR's "Van bon"), read only as a unit of the list (HeaderLines.LoosePlace). Wider:
    // the place with the lower-case word before it (WiderPlace).
    private static (string? Place, string? Loose, string? Wider, DateOnly? Date, bool Found) ReadPlaceDate(
        ParsedDocument document, int end, int numberLine, NumberMatch? number, List<MetadataGap> gaps)
    {
        for (var i = 0; i < Math.Max(end, numberLine + 1); i++)
        {
            var folded = document.FoldedLine(i);
            var comma = HeaderLines.PlaceDateComma(folded);
            if (comma < 0)
            {
                continue;
            }

            var span = document.Lines[i];
            var text = document.LineText(i);
            var from = i == numberLine && number is { } n ? Math.Min(n.Span.End - span.Start, comma) : 0;
            var placeStart = Math.Max(from, HeaderLines.PlaceStart(text, comma));
            var place = placeStart < comma ? text[placeStart..comma].Trim() : null;
            var mention = VietnameseDates.MatchAt(document.Folded, span.Start + comma + 1);
            if (mention?.Date is null)
            {
                DateGap(document, span.Start + comma + 1, span.End, gaps);
            }

            if (mention is not null || place is not null)
            {
                place = place is { Length: > 0 } ? place : null;
                var wider = place is null ? null : HeaderLines.WordBefore(text, from, placeStart) is { } before ? before + " " + place : null;
                return (place, place is null ? HeaderLines.LoosePlace(text, from, comma) : null, wider, mention?.Date, true);
            }
        }

        return (null, null, null, null, false);
    }

    // "ngày    tháng 4 năm 2026" (blank) or "ngày #3 tháng 4 năm 2025" (unreadable): what stands for the day and month.
    private static void DateGap(ParsedDocument document, int from, int lineEnd, List<MetadataGap> gaps)
    {
        var m = DateSlots.Match(document.Folded, from, Math.Max(0, lineEnd - from));
        if (!m.Success)
        {
            return;
        }

        var day = document.Text.Substring(m.Groups["d"].Index, m.Groups["d"].Length).Trim();
        var month = document.Text.Substring(m.Groups["m"].Index, m.Groups["m"].Length).Trim();
        var reason = Blank.IsMatch(day) || Blank.IsMatch(month) ? MetadataGap.Blank : MetadataGap.Unreadable;
        gaps.Add(new MetadataGap("date", reason, reason == MetadataGap.Blank ? "" : (day + " " + month).Trim(), new TextSpan(m.Index, m.Index + m.Length)));
    }

    // The left column's lines above "Số:" written in capitals: the issuer and its parent body.
    private static List<string> IssuerLines(ParsedDocument document, int before)
    {
        var lines = new List<string>();
        for (var i = 0; i < before; i++)
        {
            var column = HeaderLines.LeftColumn(document, i);
            var folded = VietnameseText.FoldLower(column);
            if (column.Count(char.IsLetter) >= 3 && !HeaderLines.IsRule(column) && LetterCase.IsMostlyUpper(column) &&
                !HeaderLines.HasNumberAfterLabel(folded) && TitleType(folded.Trim()) is null)
            {
                lines.Add(column);
            }
        }

        return lines;
    }

    private static IssuerReading? ReadIssuer(ParsedDocument document, List<string> lines, AdministrativeUnit? province, string? place)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var (body, _) = IssuerBlock.Split(lines);
        var readings = new List<string>();
        if (place is not null)
        {
            readings.Add(place);
        }

        readings.AddRange(BodyIssuerFinder.UnitNames(document));
        return IssuerNames.Read(body, province, readings);
    }

    private static (string? Type, string? Title, int Line) ReadTypeAndTitle(ParsedDocument document, int end, int numberLine)
    {
        for (var i = Math.Max(0, numberLine + 1); i < end; i++)
        {
            var folded = document.FoldedLine(i).Trim();
            var subject = Subject.Match(folded);
            if (subject.Success)
            {
                var first = document.LineText(i).Trim()[subject.Length..];
                return (DocumentTypes.OfficialLetter, TitleBlock(document, i, first, allowTail: true, end), i);
            }

            if (TitleType(folded) is { } type && LetterCase.IsMostlyUpper(document.LineText(i)))
            {
                return (type, TitleBlock(document, NextNonBlank(document, i + 1, 2), null, allowTail: false, end), i);
            }
        }

        return numberLine < 0 ? (null, UntitledDocumentTitle(document, end), -1) : (null, null, -1);
    }

    // A document without header (sample 002) may still open with its title, before "Thực hiện…".
    private static string? UntitledDocumentTitle(ParsedDocument document, int end)
    {
        var first = NextNonBlank(document, 0, 3);
        return first >= 0 && first < end && !LetterCase.IsMostlyUpper(document.LineText(first)) ? TitleBlock(document, first, null, false, end) : null;
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

    private static string? TitleBlock(ParsedDocument document, int line, string? firstText, bool allowTail, int end)
    {
        if (line < 0 || line >= document.Lines.Count)
        {
            return null;
        }

        // A "V/v" subject stands in the left column, under the number: the place-and-date line beside it (after a TAB,
        // as a PDF's two header columns are laid out) is not part of it.
        string Cell(string text) => allowTail && text.IndexOf('\t') is var tab and > 0 ? text[..tab] : text;
        var parts = new List<string> { Cell((firstText ?? document.LineText(line)).Trim()).Trim() };
        var i = line + 1;
        for (; i < document.Lines.Count && parts.Count < 6; i++)
        {
            var text = Cell(document.LineText(i).Trim()).Trim();
            if (text.Length == 0 || HeaderLines.IsRule(text) || Recipients.IsMatch(document.FoldedLine(i).Trim()) || (i >= end && parts.Count > 0 && line < end))
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
