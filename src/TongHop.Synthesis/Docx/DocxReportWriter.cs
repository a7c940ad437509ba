using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Synthesis.Charts;
using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Docx;

/// <summary>
/// Writes a <see cref="SynthesisDraft"/> as a .docx laid out per Decree 30/2020/NĐ-CP, Appendix I: header
/// block, title, justified body with first-line indent, footnotes tracing figures to their sources, charts,
/// "Nơi nhận" and signature, then the appendices on landscape pages. All layout values come from
/// <see cref="DecreeLayout"/>.
/// </summary>
public static class DocxReportWriter
{
    public static byte[] Write(SynthesisDraft draft, DecreeLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        layout ??= DecreeLayout.Default;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(layout);
            var body = new Body();
            main.Document = new Document(body);
            var writer = new BodyWriter(main, layout);
            body.Append(DocxHeaderBlock.Write(draft, layout));
            body.Append(draft.Body.SelectMany(writer.Block));
            body.Append(DocxHeaderBlock.Spacer(layout.BodySize), DocxSignatureBlock.Write(draft, layout));
            var sections = new DocxSections(main, layout);
            if (draft.Appendices.Count == 0)
            {
                body.Append(sections.Report());
            }
            else
            {
                // A section ends at the paragraph whose properties hold its sectPr; the last section's is the body's.
                body.Append(new Paragraph(new ParagraphProperties(sections.Report())));
                body.Append(draft.Appendices.SelectMany((a, i) => Appendix(a, i, draft, writer, layout)));
                body.Append(sections.Appendix());
            }
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Appendix(DraftAppendix appendix, int index, SynthesisDraft draft, BodyWriter writer, DecreeLayout layout)
    {
        var title = DocxText.Centered(appendix.Title, layout.TitleSize, bold: true);
        if (index > 0)
        {
            title.ParagraphProperties!.PrependChild(new PageBreakBefore());
        }

        yield return title;
        yield return DocxText.Centered(appendix.Subtitle, layout.TitleSize, bold: true);
        yield return DocxText.Centered(appendix.Note, layout.TitleSize, italic: true);
        yield return DocxHeaderBlock.Spacer(layout.TableSize);
        foreach (var element in appendix.Blocks.SelectMany(writer.Block))
        {
            yield return element;
        }
    }

    /// <summary>Lays out body blocks; holds the footnote and picture counters of one document.</summary>
    private sealed class BodyWriter(MainDocumentPart main, DecreeLayout layout)
    {
        private readonly DocxFootnotes _footnotes = new(main, layout);
        private uint _pictures;

        public IEnumerable<OpenXmlElement> Block(DraftBlock block) => block switch
        {
            DraftHeading h => [Body(h.Text, bold: true, indent: h.Level > 1)],
            DraftParagraph p => [WithSource(Body(p.Text, bold: false, indent: true, italic: p.Note), p.Source)],
            DraftChart c => Chart(c),
            // Tables stand in the landscape appendices: the long side less the side margins.
            DraftTable t => [DocxTables.Data(t, layout, layout.PageHeightMm - layout.MarginLeftMm - layout.MarginRightMm), DocxHeaderBlock.Spacer(layout.TableSize)],
            _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "unknown block"),
        };

        private Paragraph Body(string text, bool bold, bool indent, bool italic = false)
        {
            var properties = new ParagraphProperties(new Justification { Val = JustificationValues.Both });
            if (indent)
            {
                properties.Append(new Indentation { FirstLine = DecreeLayout.Twips(layout.FirstLineIndentMm).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            return new Paragraph(properties, DocxText.Run(text, layout.BodySize, bold, italic));
        }

        private Paragraph WithSource(Paragraph paragraph, string? source)
        {
            if (source is not null)
            {
                paragraph.Append(_footnotes.Add(source));
            }

            return paragraph;
        }

        private IEnumerable<OpenXmlElement> Chart(DraftChart chart)
        {
            var heightMm = layout.ChartFrameMm + layout.ChartBarMm * chart.Bars.Count;
            var png = BarChartRenderer.Render(chart, (int)(layout.ChartWidthMm * layout.ChartPixelsPerMm), (int)(heightMm * layout.ChartPixelsPerMm));
            var id = ++_pictures;
            yield return DocxImages.Inline(main, png, layout.ChartWidthMm, heightMm, id, $"bieu-do-{id}");
            yield return DocxText.Centered(chart.Caption, layout.BodySize - 1, italic: true);
        }
    }
}
