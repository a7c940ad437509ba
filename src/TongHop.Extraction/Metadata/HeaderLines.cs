using System.Text.RegularExpressions;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// The header of a document (Decree 30/2020/NĐ-CP, Appendix I): the issuer on the left, the national motto on the
/// right (often on the same line after OCR), then "Số:" with the place and date, the type and the subject.
/// The header ends at the first section heading or the first line of the body, and at most <see cref="MaxLines"/>.
/// </summary>
public static class HeaderLines
{
    public const int MaxLines = 30;

    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (OCR "CONG HOA XA HQI"), "Độc lập - Tự do - Hạnh phúc" (OCR "Doc Iap - Tw do").
    private static readonly Regex Motto = Patterns.Create(@"c[o0]ng[ \t]+h[o0]a[ \t]+x[a-z0-9][ \t]+h|d[o0]c[ \t]+\S{2,4}[ \t]*[-–]|t[uw][ \t]+do[ \t]*[-–][ \t]*h");

    private static readonly Regex BodyStart = Patterns.Create(@"^(thuc hien|can cu|kinh gui|k[i1]nh g\S{1,3}[ \t]*:|trong|nam \d{4},|theo)");

    private static readonly Regex NumberLabel = Patterns.Create(@"^s[a-z0-9§]{0,2}[ \t]*:");

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

    /// <summary>The left column of a header line: the text before the national motto, trimmed.</summary>
    public static string LeftColumn(ParsedDocument document, int line)
    {
        var folded = document.FoldedLine(line);
        var motto = Motto.Match(folded);
        var text = document.LineText(line);
        return (motto.Success ? text[..motto.Index] : text).Trim();
    }

    /// <summary>Whether a folded, trimmed line starts with "Số:" (OCR "S6:", "Sé:", "Sb:"); gives the offset after the colon.</summary>
    public static int NumberLabelLength(string foldedTrimmed)
    {
        var m = NumberLabel.Match(foldedTrimmed);
        return m.Success ? m.Length : 0;
    }

    /// <summary>Whether a line is only a rule drawn under a header ("-------", "___").</summary>
    public static bool IsRule(string text) => text.Length > 0 && text.All(c => c is '-' or '_' or '—' or '–' or '=' or '.' or '*' or ' ');
}
