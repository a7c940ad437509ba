using TongHop.Reading;

namespace TongHop.Application.Intake;

/// <summary>Refuses at upload, by its first bytes, a file that cannot be a report, with the reason in Vietnamese.</summary>
public static class DocumentCheck
{
    /// <summary>Null when the file can be a report; otherwise why not (the sentence names the file).</summary>
    public static string? Refusal(string fileName, ReadOnlySpan<byte> head)
    {
        var kind = ContentKinds.Identify(head);
        if (kind.IsReadable())
        {
            return null;
        }

        var what = kind switch
        {
            ContentKind.Empty => "là tệp rỗng (0 byte)",
            ContentKind.Html => "là một trang web (HTML), không phải báo cáo — có thể là trang lỗi khi tải về",
            ContentKind.LegacyOffice => "là tệp Word/Excel đời cũ (.doc/.xls), hệ thống chưa đọc được; vui lòng lưu lại dưới dạng .docx hoặc .pdf",
            ContentKind.Rtf => "là tệp RTF, hệ thống chưa đọc được; vui lòng lưu lại dưới dạng .docx hoặc .pdf",
            ContentKind.Program => "là một chương trình máy tính, không phải văn bản",
            _ => "không phải văn bản (dữ liệu nhị phân không rõ định dạng)",
        };
        var named = Path.GetExtension(fileName) is { Length: > 0 } ext && kind != ContentKind.Empty ? $" dù có đuôi {ext}" : "";
        return $"Tệp «{fileName}» {what}{named}. Chỉ nhận .docx, .pdf, ảnh scan hoặc .txt; không có tệp nào được lưu.";
    }
}
