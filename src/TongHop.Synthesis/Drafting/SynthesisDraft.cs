namespace TongHop.Synthesis.Drafting;

/// <summary>
/// The drafted synthesis as content, before any layout: the header texts, the body blocks, recipients,
/// signature and appendices. <see cref="Docx.DocxReportWriter"/> lays it out per Decree 30/2020/NĐ-CP.
/// </summary>
/// <param name="IssuerParent">The governing body above the issuer, caps ("UBND TỈNH QUẢNG NGÃI").</param>
/// <param name="Issuer">The issuer, caps, "\n" where its line breaks ("SỞ KHOA HỌC VÀ\nCÔNG NGHỆ").</param>
/// <param name="Number">"Số:      /BC-SKHCN": the number is left blank for the clerk who registers it.</param>
/// <param name="SignPrefix">"KT. GIÁM ĐỐC"; empty when the head signs (the title alone).</param>
/// <param name="PlaceDate">"Quảng Ngãi, ngày 30 tháng 9 năm 2025".</param>
public sealed record SynthesisDraft(
    string IssuerParent,
    string Issuer,
    string Number,
    string PlaceDate,
    string Title,
    string Subtitle,
    IReadOnlyList<DraftBlock> Body,
    IReadOnlyList<string> Recipients,
    string SignPrefix,
    string SignerTitle,
    IReadOnlyList<DraftAppendix> Appendices)
{
    /// <summary>The signer's name under the signature; null leaves the place empty.</summary>
    public string? SignerName { get; init; }
}
