using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml;
using TongHop.Reading.Text;
using TongHop.Text.Normalization;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace TongHop.Reading.Docx;

/// <summary>
/// Turns a Word document into lines: header text, the body (one line per paragraph, tables row by row
/// with cells separated by a TAB), footnotes, then footer text. The TAB is the same convention as a
/// two-column line of a plain-text report ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI …").
/// </summary>
internal static class DocxTextWriter
{
    public static string Write(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            return "";
        }

        var lines = new List<string>();
        lines.AddRange(HeaderFooterLines(main.HeaderParts.Select(p => (OpenXmlElement?)p.Header)));
        WriteBlocks(body, lines);
        lines.AddRange(FootnoteLines(main.FootnotesPart));
        lines.AddRange(HeaderFooterLines(main.FooterParts.Select(p => (OpenXmlElement?)p.Footer)));
        return Join(lines);
    }

    /// <summary>Block-level content in document order; content controls and custom XML are looked into.</summary>
    private static void WriteBlocks(OpenXmlElement container, List<string> lines)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.AddRange(ParagraphText(paragraph).Split('\n'));
                    break;
                case Table table:
                    var figures = IsTableOfFigures(table);
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.AddRange(RowLines(row, figures));
                    }

                    break;
                case OpenXmlCompositeElement composite when composite is not SectionProperties:
                    WriteBlocks(composite, lines);
                    break;
            }
        }
    }

    /// <summary>
    /// One line per row when every cell holds one line. When cells hold several lines, as the
    /// two-column header block of an administrative document does (agency name over unit name, motto
    /// over slogan), the cells' lines are paired in order, so each printed line stays one line, as on
    /// the page and in OCR output.
    /// </summary>
    /// <remarks>A cell spanning several grid columns is followed by empty cells, so that every row has one cell per
    /// column and figures stay under their titles. In a table of figures a cell's paragraphs are one line ("Tỷ lệ hồ
    /// sơ" over "nộp trực tuyến" is one label), so each row stays one line.</remarks>
    private static IEnumerable<string> RowLines(TableRow row, bool joinParagraphs)
    {
        var cells = row.Elements<TableCell>()
            .SelectMany(c => Enumerable.Repeat(new List<string>(), Math.Max(0, GridSpan(c) - 1)).Prepend(CellLines(c)))
            .Select(lines => joinParagraphs && lines.Count > 1 ? [string.Join(' ', lines)] : lines)
            .ToList();
        var height = cells.Count == 0 ? 0 : cells.Max(c => c.Count);
        for (var i = 0; i < height; i++)
        {
            var line = string.Join('\t', cells.Select(c => i < c.Count ? c[i] : "")).TrimEnd('\t', ' ');
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    private static int GridSpan(TableCell cell) => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;

    // Three or more columns and at least one cell that is a figure ("1.046,5", "92,6", "-"): a table of figures, not a
    // header or signature block laid out as a table.
    private static bool IsTableOfFigures(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        return rows.Any(r => r.Elements<TableCell>().Sum(GridSpan) >= 3) &&
               rows.SelectMany(r => r.Elements<TableCell>()).Any(c => IsFigure(c.InnerText.Trim()));
    }

    private static bool IsFigure(string text) =>
        text.Length is > 0 and <= 20 && char.IsAsciiDigit(text[0]) && text.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',' or '%' or '/' or ' ');

    private static List<string> CellLines(TableCell cell)
    {
        var lines = new List<string>();
        WriteBlocks(cell, lines);
        return lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    /// <summary>The visible text of a paragraph: text runs, tabs and line breaks; deleted text and field codes are not text.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        AppendInline(paragraph, builder);
        return builder.ToString();
    }

    private static void AppendInline(OpenXmlElement element, StringBuilder builder)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
                case Paragraph nested: // a text box inside the paragraph: its own line
                    builder.Append('\n');
                    AppendInline(nested, builder);
                    builder.Append('\n');
                    break;
                default:
                    AppendInline(child, builder);
                    break;
            }
        }
    }

    /// <summary>Distinct header or footer lines; bare page numbers are dropped.</summary>
    private static IEnumerable<string> HeaderFooterLines(IEnumerable<OpenXmlElement?> parts)
    {
        var lines = new List<string>();
        foreach (var part in parts.OfType<OpenXmlElement>())
        {
            WriteBlocks(part, lines);
        }

        return lines.Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.All(char.IsDigit))
            .Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> FootnoteLines(FootnotesPart? part)
    {
        var lines = new List<string>();
        // Ids -1 and 0 are the separator lines Word writes, not notes.
        foreach (var note in part?.Footnotes?.Elements<Footnote>().Where(n => n.Id?.Value > 0) ?? [])
        {
            WriteBlocks(note, lines);
        }

        return lines;
    }

    private static string Join(List<string> lines) => TextLines.Join(lines);
}
