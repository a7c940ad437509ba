namespace TongHop.Core.Documents;

/// <summary>
/// A metadata field the document has a place for but that could not be read, so it is <c>null</c> rather than a
/// guess: a number or day left blank in a draft ("Số:    /BC-UBND", "ngày   tháng 4 năm 2026"), or written by hand and
/// not read with confidence on a scan ("#3", "l6"), or a signer's name whose family name OCR lost ("0 Minh Chính"). The
/// reviewer types it in.
/// </summary>
/// <param name="Field">The field: <c>number</c>, <c>date</c> or <c>signer</c>.</param>
/// <param name="Reason"><see cref="Blank"/> or <see cref="Unreadable"/>.</param>
/// <param name="Written">What is written in its place, as read ("#3", "l6"); empty for a blank.</param>
/// <param name="Span">Where, in the restored text.</param>
public sealed record MetadataGap(string Field, string Reason, string Written, TextSpan Span)
{
    public const string Blank = "blank";
    public const string Unreadable = "unreadable";
}
