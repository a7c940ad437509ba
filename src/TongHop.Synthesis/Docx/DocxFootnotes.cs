using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TongHop.Synthesis.Docx;

/// <summary>
/// The footnotes part: the two separators Word requires (ids -1 and 0), then one footnote per traced
/// figure, numbered from 1.
/// </summary>
internal sealed class DocxFootnotes
{
    private readonly Footnotes _footnotes;
    private readonly DecreeLayout _layout;
    private long _next = 1;

    public DocxFootnotes(MainDocumentPart main, DecreeLayout layout)
    {
        _layout = layout;
        _footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        main.AddNewPart<FootnotesPart>().Footnotes = _footnotes;
    }

    /// <summary>Adds a footnote and returns the run that refers to it from the body.</summary>
    public Run Add(string text)
    {
        var id = _next++;
        var size = DecreeLayout.HalfPoints(_layout.FootnoteSize);
        _footnotes.Append(new Footnote(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Both }, DocxText.Tight()),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }, new FontSize { Val = size }), new FootnoteReferenceMark()),
            new Run(new RunProperties(new FontSize { Val = size }), new DocumentFormat.OpenXml.Wordprocessing.Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }))) { Id = id });
        return new Run(
            new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }, new FontSize { Val = DecreeLayout.HalfPoints(_layout.BodySize) }),
            new FootnoteReference { Id = id });
    }

    public int Count => (int)(_next - 1);
}
