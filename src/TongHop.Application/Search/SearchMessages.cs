using TongHop.Search;
using TongHop.Search.Querying;

namespace TongHop.Application.Search;

/// <summary>A refused search said in Vietnamese, the same on the search page and in the API's problem <c>detail</c>.</summary>
public static class SearchMessages
{
    public const string Examples = "Ví dụ: Đảng ủy, \"chuyển đổi số\", công ngh*, 02-KH/BCĐTW, online_dossier_rate < 50.";

    public static string Vietnamese(SearchError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            SearchErrorKind.TooLong => $"Truy vấn dài quá {SearchQuery.MaxLength} ký tự. Hãy rút gọn. " + Examples,
            SearchErrorKind.Empty => "Truy vấn trống: hãy nhập từ cần tìm, \"cụm từ\" trong ngoặc kép, tiền tố* hoặc bộ lọc như unit:MÃ. " + Examples,
            SearchErrorKind.RequestNotANumber => $"Bộ lọc request: cần số hiệu của yêu cầu báo cáo (một số), không phải “{error.Value}”.",
            SearchErrorKind.UnknownIndicator => $"Không có chỉ tiêu mã “{error.Value}” trong danh mục. Xem mã các chỉ tiêu ở trang Chỉ tiêu.",
            _ => "Không hiểu truy vấn này. " + Examples,
        };
    }
}
