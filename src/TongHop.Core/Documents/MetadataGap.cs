namespace TongHop.Core.Documents;

/// <summary>
/// A metadata field the document has a place for but that could not be read, so it is <c>null</c> rather than a
/// guess: a number or day left blank in a draft ("Số:    /BC-UBND", "ngày   tháng 4 năm 2026"), or written by hand and
/// not read with confidence on a scan ("#3", "l6"), a signer's name whose family name OCR lost ("0 Minh Chính") or whose
/// letters as read spell another name than repair made of them ("Pao": Páo or Đạo), or an issuer with words that are no
/// words ("Trường Trung học phổ thông Bạch f"). The reviewer types it in.
/// </summary>
/// <param name="Field">The field: <c>number</c>, <c>date</c>, <c>signer</c> or <c>issuer</c>.</param>
/// <param name="Reason"><see cref="Blank"/>, <see cref="Unreadable"/>, <see cref="Ambiguous"/> or <see cref="Doubtful"/> (the field is kept).</param>
/// <param name="Written">What is written in its place, as read ("#3", "l6"); empty for a blank.</param>
/// <param name="Span">Where, in the restored text.</param>
public sealed record MetadataGap(string Field, string Reason, string Written, TextSpan Span)
{
    public const string Blank = "blank";
    public const string Unreadable = "unreadable";

    /// <summary>Read two ways that the text cannot decide between (OCR's letters and repair's reading are two names).</summary>
    public const string Ambiguous = "ambiguous";

    /// <summary>Read and kept, but doubtful: the only reason whose field is given. A signer's syllables whose letters OCR
    /// changed and that make another name about as likely ("Pinh": Đình or Định); <see cref="Written"/> holds them.</summary>
    public const string Doubtful = "doubtful";
}
