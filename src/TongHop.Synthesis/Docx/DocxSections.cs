using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TongHop.Synthesis.Docx;

/// <summary>
/// Page setup: A4 portrait for the report, landscape for the appendices, the decree's margins, and the page
/// number at the top centre from the second page on (the report section has a different, empty first-page
/// header).
/// </summary>
internal sealed class DocxSections
{
    private readonly DecreeLayout _layout;
    private readonly string _numbered;
    private readonly string _empty;

    public DocxSections(MainDocumentPart main, DecreeLayout layout)
    {
        _layout = layout;
        _numbered = AddHeader(main, PageNumber());
        _empty = AddHeader(main, new Paragraph());
    }

    /// <summary>The report's section: portrait, no page number on its first page.</summary>
    public SectionProperties Report() => Section(landscape: false, titlePage: true);

    public SectionProperties Appendix() => Section(landscape: true, titlePage: false);

    private SectionProperties Section(bool landscape, bool titlePage)
    {
        var (w, h) = landscape ? (_layout.PageHeightMm, _layout.PageWidthMm) : (_layout.PageWidthMm, _layout.PageHeightMm);
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = _numbered },
            new HeaderReference { Type = HeaderFooterValues.First, Id = _empty },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = DecreeLayout.Twips(w), Height = DecreeLayout.Twips(h), Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = (int)DecreeLayout.Twips(_layout.MarginTopMm), Bottom = (int)DecreeLayout.Twips(_layout.MarginBottomMm),
                Left = DecreeLayout.Twips(_layout.MarginLeftMm), Right = DecreeLayout.Twips(_layout.MarginRightMm),
                Header = DecreeLayout.Twips(_layout.MarginTopMm / 2), Footer = DecreeLayout.Twips(_layout.MarginBottomMm / 2), Gutter = 0,
            });
        if (titlePage)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    private Paragraph PageNumber()
    {
        var size = DecreeLayout.HalfPoints(_layout.PageNumberSize);
        Run FieldRun(OpenXmlElement content) => new(new RunProperties(new FontSize { Val = size }), content);
        return new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }, DocxText.Tight()),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            FieldRun(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            FieldRun(new DocumentFormat.OpenXml.Wordprocessing.Text("2")),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    private static string AddHeader(MainDocumentPart main, Paragraph content)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(content);
        return main.GetIdOfPart(part);
    }
}
