using System.Text.RegularExpressions;
using TongHop.Core;
using TongHop.Parsing;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// The header of a document (Decree 30/2020/NĐ-CP, Appendix I; the older Circular 01/2011/TT-BNV is laid out alike):
/// the issuer on the left, the national motto (or, for a Party body, "ĐẢNG CỘNG SẢN VIỆT NAM"; for a Youth Union body,
/// "ĐOÀN TNCS HỒ CHÍ MINH") on the right, then
/// "Số:" on the left with the place and date on the right, the type and the subject. Two columns come as a TAB
/// (DOCX tables, PDF text layers, typed text) or, after OCR, run into one line: the right column then starts at the
/// motto or at the place of the date line. The header ends at the first section heading or the first line of the
/// body, and at most <see cref="MaxLines"/>.
/// </summary>
public static class HeaderLines
{
    public const int MaxLines = 30;

    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (OCR "CONG HOA XA HQI"), "Độc lập - Tự do - Hạnh phúc" (OCR "Doc Iap - Tw do",
    // "Poc 1ap - Ty do", repaired "Pắc lập - Tự do"), a Party body's "ĐẢNG CỘNG SẢN VIỆT NAM" and a Youth Union body's
    // "ĐOÀN TNCS HỒ CHÍ MINH" (OCR "POAN TNCS HO CHIi MINH").
    private static readonly Regex Motto = Patterns.Create(
        @"c[o0q]ng[ \t]+h[o0q]a[ \t]+x[a-z0-9@][ \t]+h|(?<![^ \t])\S{2,5}[ \t]+\S{2,4}[ \t]*[-–—][ \t]*t\S{0,2}[ \t]+d[o0]\b|" +
        @"d[o0]c[ \t]+\S{2,4}[ \t]*[-–]|t[uw][ \t]+do[ \t]*[-–][ \t]*h|[dpb][a-z]ng[ \t]+c[o0q]ng[ \t]+s[a-z]n[ \t]+vi[a-z]t[ \t]+nam|" +
        @"[dpb][o0q]an[ \t]+tn[ce]s[ \t]+h[o0q][ \t]+ch");

    private static readonly Regex BodyStart = Patterns.Create(@"^(thuc hien|can cu|kinh gui|k[i1]nh g\S{1,3}[ \t]*:|trong|nam \d{4},|theo)");

    // "Số:", OCR "S6:", "Sé:", "Sb:"; "Số 45-BC/ĐU" (Party documents write no colon); "Luật số:", "Nghị quyết số:".
    private static readonly Regex NumberLabel = Patterns.Create(
        @"^(s[a-z0-9§]{0,2}[ \t]*:|s[a-z0-9]{0,2}[ \t]+(?=\d{1,5}[ \t]*[-/.])|(luat|nghi quyet|nghi dinh|quyet dinh|thong tu|chi thi|phap lenh|lenh)[ \t]+so[ \t]*:)");

    private static readonly Regex PlaceDate = Patterns.Create(@",[ \t]*ng[a-z]y\b");

    private static readonly Regex WordRun = Patterns.Create(@"[^ \t]+");

    /// <summary>Index of the first line of the header (and the line after it) that <paramref name="holds"/>, or −1.</summary>
    public static int IndexOfLine(ParsedDocument document, Func<string, bool> holds)
    {
        var end = Math.Min(document.Lines.Count, End(document) + 1);
        for (var i = 0; i < end; i++)
        {
            if (holds(document.LineText(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The header line that holds <paramref name="words"/>, for a gap's span; the first line when none does.</summary>
    public static TextSpan LineHolding(ParsedDocument document, string words) =>
        IndexOfLine(document, line => line.Contains(words, StringComparison.Ordinal)) is var i and >= 0 ? document.Lines[i]
        : document.Lines.Count > 0 ? document.Lines[0] : new TextSpan(0, 0);

    /// <summary>Index of the first line after the header.</summary>
    public static int End(ParsedDocument document)
    {
        var end = Math.Min(document.Lines.Count, MaxLines);
        if (document.Sections.Count > 0)
        {
            end = Math.Min(end, document.LineAt(document.Sections[0].Span.Start));
        }

        for (var i = 0; i < end; i++)
        {
            if (BodyStart.IsMatch(document.FoldedLine(i).TrimStart()))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// Where the right column of a header line starts (an offset in the line; the line's length when it has none): after
    /// a TAB, at the motto, or at the place of a place-and-date line written after left-column text.
    /// </summary>
    public static int RightStart(ParsedDocument document, int line)
    {
        var text = document.LineText(line);
        var tab = text.IndexOf('\t');
        if (tab >= 0)
        {
            return tab;
        }

        var folded = document.FoldedLine(line);
        var motto = Motto.Match(folded);
        if (motto.Success)
        {
            return motto.Index;
        }

        var date = PlaceDate.Match(folded);
        if (date.Success && PlaceStart(text, date.Index) is var start && start > 0)
        {
            return start;
        }

        return text.Length;
    }

    /// <summary>The left column of a header line, trimmed.</summary>
    public static string LeftColumn(ParsedDocument document, int line) => document.LineText(line)[..RightStart(document, line)].Trim();

    /// <summary>The right column of a header line, trimmed; empty when the line has none.</summary>
    public static string RightColumn(ParsedDocument document, int line) => document.LineText(line)[RightStart(document, line)..].Trim();

    /// <summary>Whether a folded, trimmed line starts with a number label ("Số:", "Số 45-…", "Luật số:"); gives its length.</summary>
    public static int NumberLabelLength(string foldedTrimmed)
    {
        var m = NumberLabel.Match(foldedTrimmed);
        return m.Success ? m.Length : 0;
    }

    /// <summary>
    /// Whether a folded, trimmed line starts with a number label followed by something of a number (a digit or the
    /// symbol's slash): "Số: 12/BC-UBND", "Số:   /KH-UBND"; not "Sơn : :" (a place's word wrapped onto a line of its own
    /// with the right column's stray colons).
    /// </summary>
    public static bool HasNumberAfterLabel(string foldedTrimmed)
    {
        var label = NumberLabelLength(foldedTrimmed);
        return label > 0 && foldedTrimmed.AsSpan(label).IndexOfAny("0123456789/") >= 0;
    }

    /// <summary>
    /// A left column without the marks OCR made of the right column's rule or seal at its end ("QUANG e 5 =", "HÌNH : :"
    /// → "QUANG", "HÌNH"): the trailing signs (not a hyphen, "&" or comma that wraps a name), and a trailing run of one-letter, one-sign or digit tokens that holds a
    /// lone small letter (no word of a name written in capitals is one). A number that ends a name ("TRƯỜNG THCS SỐ 2",
    /// "KHU VỰC 3") has no small letter beside it and stays.
    /// </summary>
    public static string WithoutStrayMarks(string column)
    {
        var words = column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 1 && !words[end - 1].Any(c => char.IsLetterOrDigit(c) || c is '-' or '–' or '&' or ','))
        {
            end--;
        }

        var start = end;
        var small = false;
        while (start > 1 && words[start - 1] is var w && (w.Length == 1 || w.All(char.IsAsciiDigit)))
        {
            small |= w.Length == 1 && char.IsLower(w[0]);
            start--;
        }

        if (small && words[..start].Any(w => w.Count(char.IsLetter) >= 2))
        {
            end = start;
        }

        return end == words.Length ? column : string.Join(' ', words[..end]);
    }

    /// <summary>Whether a line is only a rule drawn under a header ("-------", "___").</summary>
    public static bool IsRule(string text) => text.Length > 0 && text.All(c => c is '-' or '_' or '—' or '–' or '=' or '.' or '*' or ' ');

    /// <summary>The offset of the ", ngày" of a place-and-date line in a folded line, or -1.</summary>
    public static int PlaceDateComma(string foldedLine)
    {
        var m = PlaceDate.Match(foldedLine);
        return m.Success ? m.Index : -1;
    }

    /// <summary>
    /// The words before a place-and-date comma where <see cref="PlaceStart"/> found no place: up to four words of
    /// letters after <paramref name="from"/> and after the column gap (a TAB or two spaces), from the first capitalised
    /// one ("Văn bồn" of "Số: 174/BC-UBND Văn bồn, ngày"); null when there are none. Only the list of units may read it.
    /// </summary>
    public static string? LoosePlace(string text, int from, int comma)
    {
        var start = Math.Max(from, Math.Max(text.LastIndexOf('\t', Math.Max(0, comma - 1)) + 1, text.LastIndexOf("  ", Math.Max(0, comma - 1), StringComparison.Ordinal) + 2));
        if (start >= comma)
        {
            return null;
        }

        var words = text[start..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length;
        for (var i = words.Length - 1; i >= Math.Max(0, words.Length - 4) && words[i].All(char.IsLetter); i--)
        {
            first = char.IsUpper(words[i][0]) ? i : first;
        }

        return first < words.Length ? string.Join(' ', words[first..]) : null;
    }

    /// <summary>
    /// The word of letters just before offset <paramref name="start"/> of a line (one space between), not before
    /// <paramref name="from"/>, of two to four letters and not capitalised: the first word of a place that OCR wrote in
    /// lower case ("bak" of "bak Lak, ngày"); null when there is none.
    /// </summary>
    public static string? WordBefore(string text, int from, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return null;
        }

        var i = start - 1;
        while (i > from && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var word = text[i..(start - 1)];
        return word.Length is >= 2 and <= 4 && char.IsLower(word[0]) && (i == from || i == 0 || text[i - 1] is ' ' or '\t') ? word : null;
    }

    /// <summary>
    /// Where the place before a place-and-date comma starts: the run of capitalised words before it, up to four
    /// ("… /SKHCN-KH&amp;PMST Qudng Ngdi, ngày" → "Qudng Ngdi"; "TP. Hồ Chí Minh"; "Lâm Viên - Đà Lạt"). <paramref name="comma"/> when none.
    /// </summary>
    public static int PlaceStart(string text, int comma)
    {
        var start = comma;
        var i = comma;
        var hyphens = 0;
        for (var taken = 0; taken < 5; taken++)
        {
            while (i > 0 && text[i - 1] is ' ' or '\t')
            {
                i--;
            }

            var end = i;
            while (i > 0 && text[i - 1] is not (' ' or '\t'))
            {
                i--;
            }

            var word = text[i..end];
            if (taken == 0 && start == comma && word.Length is 1 or 2 && word.All(char.IsAsciiDigit) && hyphens++ == 0)
            {
                taken--; // "Tân Phước 2": a commune numbered after its namesake; a place only if a name comes before
                continue;
            }

            if (word is "-" or "–" && taken > 0 && hyphens++ == 0)
            {
                taken--; // "Lâm Viên - Đà Lạt": a ward named after the two it was made of
                continue;
            }

            var isName = word.Length > 0 && char.IsUpper(word[0]) &&
                         (word.Skip(1).Any(char.IsLower) || word.Length == 1 || word is "TP." or "TX.");
            if (!isName || (taken == 4 && word is not ("TP." or "TX.")))
            {
                break;
            }

            start = i;
        }

        return start == comma ? start : NamedSuffixStart(text, start, comma);
    }

    // A run of capitalised words that is no unit of the list but ends in one ("CHUYỂN Đổi Nghĩa Hành, ngày": OCR ran the
    // left column's last word, "ĐỔI" read in mixed case, into the place) starts at that unit's name: the words before it,
    // one or two, belong to the left column. A level before a name ("TP. Hồ Chí Minh", "Thị xã …") stays with the place,
    // and a run with signs ("Lâm Viên - Đà Lạt", "Tân Phước 2") is left as it is.
    private static int NamedSuffixStart(string text, int start, int comma)
    {
        var run = text[start..comma];
        var words = WordRun.Matches(run);
        if (words.Count < 3 || !words.All(w => w.Value.All(char.IsLetter)) || AdministrativeUnits.Official.Named(run).Count > 0)
        {
            return start;
        }

        for (var dropped = 1; dropped <= 2 && words.Count - dropped >= 2; dropped++)
        {
            if (AdministrativeLevels.FirstWords.Contains(VietnameseText.FoldLower(words[dropped - 1].Value)))
            {
                return start;
            }

            if (AdministrativeUnits.Official.Named(string.Join(' ', words.Skip(dropped).Select(w => w.Value))).Count > 0)
            {
                return start + words[dropped].Index;
            }
        }

        return start;
    }
}
