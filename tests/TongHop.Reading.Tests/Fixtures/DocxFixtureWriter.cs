using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace TongHop.Reading.Tests.Fixtures;

/// <summary>
/// Writes a report's clean text as a Word document the way offices lay it out: the header block as a
/// borderless two-column table whose cells hold stacked paragraphs (agency over unit, motto over
/// slogan), other TAB lines (signature block) as two-column table rows, every other line a paragraph.
/// </summary>
public static class DocxFixtureWriter
{
    public static byte[] Write(string cleanText, string? headerText = null, string? footerText = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(Body(cleanText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')));
            AddHeaderFooter(main, headerText, footerText);
        }

        return stream.ToArray();
    }

    private static Body Body(string[] lines)
    {
        var body = new Body();
        var headerRows = lines.TakeWhile(l => l.Contains('\t', StringComparison.Ordinal)).ToList();
        body.Append(StackedTable(headerRows));
        var pending = new List<string>();
        foreach (var line in lines.Skip(headerRows.Count))
        {
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                pending.Add(line);
                continue;
            }

            FlushTable(body, pending);
            body.Append(Paragraph(line));
        }

        FlushTable(body, pending);
        return body;
    }

    private static void FlushTable(Body body, List<string> rows)
    {
        if (rows.Count > 0)
        {
            body.Append(new Table(rows.Select(r => Row(r.Split('\t')))));
            rows.Clear();
        }
    }

    /// <summary>One row whose two cells stack the left and right halves of the header lines.</summary>
    private static Table StackedTable(List<string> rows)
    {
        var left = rows.Select(r => r.Split('\t')[0]);
        var right = rows.Select(r => r.Split('\t')[1]);
        return new Table(new TableRow(Cell(left), Cell(right)));
    }

    private static TableRow Row(string[] cells) => new(cells.Select(c => Cell([c])));

    private static TableCell Cell(IEnumerable<string> paragraphs) => new(paragraphs.Select(Paragraph));

    private static Paragraph Paragraph(string text) =>
        new(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddHeaderFooter(MainDocumentPart main, string? headerText, string? footerText)
    {
        if (headerText is not null)
        {
            main.AddNewPart<HeaderPart>().Header = new Header(Paragraph(headerText));
        }

        if (footerText is not null)
        {
            main.AddNewPart<FooterPart>().Footer = new Footer(Paragraph(footerText), Paragraph("2"));
        }
    }
}
