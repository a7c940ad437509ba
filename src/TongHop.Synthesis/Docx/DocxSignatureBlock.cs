using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Docx;

/// <summary>
/// "Nơi nhận:" (12, bold italic) with its list (11, each "- …", ending "- Lưu: VT, …") on the left;
/// the signing authority with its KT./TM. prefix and the signer's title (bold caps) on the right, with
/// room for the signature, then the signer's name when known (Decree 30, Appendix I, parts II.8 and II.10).
/// </summary>
internal static class DocxSignatureBlock
{
    private const int SignatureLines = 4;

    public static Table Write(SynthesisDraft draft, DecreeLayout layout)
    {
        var left = new List<Paragraph> { DocxText.Left("Nơi nhận:", layout.RecipientsHeadSize, bold: true, italic: true) };
        left.AddRange(draft.Recipients.Select(r => DocxText.Left("- " + r, layout.RecipientsSize)));
        var right = new List<Paragraph>();
        if (!string.IsNullOrWhiteSpace(draft.SignPrefix))
        {
            right.Add(DocxText.Centered(draft.SignPrefix, layout.SignSize, bold: true));
        }

        right.Add(DocxText.Centered(draft.SignerTitle, layout.SignSize, bold: true));
        right.AddRange(Enumerable.Range(0, SignatureLines).Select(_ => DocxHeaderBlock.Spacer(layout.SignSize)));
        if (draft.SignerName is { } name)
        {
            // The name: lower case as written, upright, bold, the size of the title (part II.8).
            right.Add(DocxText.Centered(name, layout.SignSize, bold: true));
        }

        var width = layout.PageWidthMm - layout.MarginLeftMm - layout.MarginRightMm;
        return DocxTables.Layout([layout.RecipientsColumnMm, width - layout.RecipientsColumnMm], [left, right]);
    }
}
