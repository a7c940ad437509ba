namespace TongHop.Application.Labels;

/// <summary>
/// The reader's reasons for not reading a file (one English sentence, as the command line prints them) in Vietnamese,
/// for the pages and the API's people-facing messages. Matched by the sentence's fixed words; a reason this table does
/// not know gets the general one.
/// </summary>
public static class ReaderMessages
{
    private static readonly (string English, string Vietnamese)[] Known =
    [
        ("password-protected", "tệp PDF có đặt mật khẩu; hãy đề nghị đơn vị gửi bản không đặt mật khẩu"),
        ("PDF is truncated", "tệp PDF bị cắt cụt (tải về hoặc sao chép chưa hết); hãy đề nghị đơn vị gửi lại"),
        ("PDF is damaged", "tệp PDF bị hỏng, không đọc được"),
        ("DOCX file is damaged", "tệp DOCX bị hỏng, không đọc được"),
        ("ZIP archive but not a Word", "tệp nén ZIP nhưng không phải văn bản Word (.docx); hãy gửi báo cáo dạng DOCX, PDF, ảnh hoặc văn bản"),
        ("image is damaged", "tệp ảnh bị hỏng, không đọc được"),
        ("could not be OCR'd", "không nhận dạng được chữ trong ảnh"),
        ("no text", "không tìm thấy chữ nào trong tệp"),
        ("contains no text", "không tìm thấy chữ nào trong tệp"),
        ("pages; more than", "tệp có quá nhiều trang"),
        ("are refused", "tệp quá lớn"),
        ("is empty", "tệp rỗng (0 byte)"),
        ("unsupported file format", "định dạng tệp không được hỗ trợ: chỉ nhận văn bản, DOCX, PDF hoặc ảnh"),
        ("send the report as", "tệp không phải là báo cáo đọc được; hãy gửi báo cáo dạng DOCX, PDF, ảnh hoặc văn bản"),
        ("cancelled", "việc đọc tệp bị hủy"),
        ("not found", "không tìm thấy tệp"),
    ];

    public static string ToVietnamese(string? english) =>
        Known.FirstOrDefault(k => english?.Contains(k.English, StringComparison.OrdinalIgnoreCase) == true).Vietnamese
        ?? "không đọc được nội dung tệp";
}
