using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Docx;

/// <summary>
/// The two-column head of the first page (Decree 30, Appendix I, model of a report): issuing body and
/// number on the left; national title, motto and place-and-date on the right; then type and title.
/// </summary>
internal static class DocxHeaderBlock
{
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public static IEnumerable<OpenXmlElement> Write(SynthesisDraft draft, DecreeLayout layout)
    {
        var left = new[]
        {
            DocxText.Centered(draft.IssuerParent, layout.IssuerSize), DocxText.Centered(draft.Issuer, layout.IssuerSize, bold: true),
            DocxText.Rule(layout.IssuerRuleIndentMm), Spacer(layout.IssuerSize), DocxText.Centered(draft.Number, layout.NumberSize),
        };
        var right = new[]
        {
            DocxText.Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", layout.NationalTitleSize, bold: true), DocxText.Centered(Motto, layout.MottoSize, bold: true),
            DocxText.Rule(layout.MottoRuleIndentMm), Spacer(layout.IssuerSize), DocxText.Centered(draft.PlaceDate, layout.PlaceDateSize, italic: true),
        };
        var width = layout.PageWidthMm - layout.MarginLeftMm - layout.MarginRightMm;
        yield return DocxTables.Layout([layout.HeaderLeftColumnMm, width - layout.HeaderLeftColumnMm], [left, right]);
        yield return Spacer(layout.TitleSize);
        yield return DocxText.Centered(draft.Title, layout.TitleSize, bold: true);
        yield return DocxText.Centered(draft.Subtitle, layout.TitleSize, bold: true);
        yield return Spacer(layout.TitleSize);
    }

    public static Paragraph Spacer(double size) => DocxText.Centered("", size);
}
