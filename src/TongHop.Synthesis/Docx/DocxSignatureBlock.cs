using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Docx;

/// <summary>
/// "Nơi nhận:" (12, bold italic) with its list (11, each "- …", ending "- Lưu: VT, …") on the left;
/// the signing authority with its KT./TM. prefix and the signer's title (bold caps) on the right, with
/// room for the signature and the signer's name (Decree 30, Appendix I, parts II.8 and II.10).
/// </summary>
internal static class DocxSignatureBlock
{
    private const int SignatureLines = 4;

    public static Table Write(SynthesisDraft draft, DecreeLayout layout)
    {
        var left = new List<Paragraph> { DocxText.Left("Nơi nhận:", layout.RecipientsHeadSize, bold: true, italic: true) };
        left.AddRange(draft.Recipients.Select(r => DocxText.Left("- " + r, layout.RecipientsSize)));
        var right = new List<Paragraph> { DocxText.Centered(draft.SignPrefix, layout.SignSize, bold: true), DocxText.Centered(draft.SignerTitle, layout.SignSize, bold: true) };
        right.AddRange(Enumerable.Range(0, SignatureLines).Select(_ => DocxHeaderBlock.Spacer(layout.SignSize)));
        var width = layout.PageWidthMm - layout.MarginLeftMm - layout.MarginRightMm;
        return DocxTables.Layout([layout.RecipientsColumnMm, width - layout.RecipientsColumnMm], [left, right]);
    }
}
