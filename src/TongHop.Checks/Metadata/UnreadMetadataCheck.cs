using TongHop.Core.Documents;
using TongHop.Core.Extraction;

namespace TongHop.Checks.Metadata;

/// <summary>
/// <c>metadata-unread</c>: the document's number or date has its place but could not be read, so it was left empty
/// rather than guessed: a draft's blank ("Số:    /BC-UBND", "ngày   tháng 4 năm 2026") or a hand-written value the OCR
/// did not read with confidence ("#3", "l6", a number that lost its slash); a signer, issuer or place the OCR garbled; a
/// signer kept but doubtful (letters OCR changed that may make another name: severity info).
/// <see cref="Finding.About"/> is the field (<c>number</c>, <c>date</c>, <c>signer</c>, <c>issuer</c>, <c>place</c>);
/// the reviewer types the value in.
/// </summary>
public sealed class UnreadMetadataCheck : IDocumentCheck
{
    public const string Code = "metadata-unread";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var gap in context.Document.Document.Gaps)
        {
            if (gap.Field == "signer" && gap.Reason == MetadataGap.Doubtful)
            {
                yield return new Finding(Code, FindingSeverity.Info,
                    $"Họ tên người ký đọc được nhưng chưa chắc chắn (\"{gap.Written}\": chữ nhận dạng được đã bị đổi, có thể là tên khác): người duyệt kiểm tra lại.", gap.Span, gap.Field);
                continue;
            }

            if (gap.Field == "signer")
            {
                var why = gap.Reason == MetadataGap.Ambiguous ? "chữ nhận dạng được có thể là một tên khác" : "mất họ";
                yield return new Finding(Code, FindingSeverity.Warning,
                    $"Họ tên người ký không đọc được chắc chắn (đọc ra \"{gap.Written}\", {why}): để trống, người duyệt nhập tay.", gap.Span, gap.Field);
                continue;
            }

            if (gap.Field == "issuer")
            {
                yield return new Finding(Code, FindingSeverity.Warning,
                    $"Tên cơ quan ban hành bị lỗi nhận dạng (đọc ra \"{gap.Written}\"): để trống, người duyệt nhập tay.", gap.Span, gap.Field);
                continue;
            }

            if (gap.Field == "place")
            {
                yield return new Finding(Code, FindingSeverity.Warning,
                    $"Địa danh nơi ban hành bị lỗi nhận dạng (đọc ra \"{gap.Written}\"): để trống, người duyệt nhập tay.", gap.Span, gap.Field);
                continue;
            }

            var field = gap.Field == "number" ? "Số văn bản" : "Ngày ban hành";
            var message = gap.Reason == MetadataGap.Blank
                ? $"{field} để trống (bản dự thảo hoặc chưa cấp số): không điền thay, người duyệt nhập tay."
                : $"{field} viết tay hoặc in mờ, không đọc chắc chắn được (đọc ra \"{gap.Written}\"): để trống, người duyệt nhập tay.";
            yield return new Finding(Code, FindingSeverity.Warning, message, gap.Span, gap.Field);
        }
    }
}
