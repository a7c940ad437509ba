using System.Text;

namespace TongHop.Web.Tests.Intake;

/// <summary>Reports written for the intake tests (a two-column header as DOCX and scans give it), in the tests' own words.</summary>
public static class IntakeReports
{
    /// <summary>A commune's report: "ỦY BAN NHÂN DÂN / XÃ …" header, number, place and date, title with its period, the dispatch it answers.</summary>
    public static byte[] Commune(string communeUpper, string place, string number, string period = "9 tháng đầu năm 2025", string? dispatch = null) =>
        Encoding.UTF8.GetBytes(
            $"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            $"XÃ {communeUpper}\tĐộc lập - Tự do - Hạnh phúc\n" +
            $"Số: {number}/BC-UBND\t{place}, ngày 22 tháng 9 năm 2025\n\n" +
            "BÁO CÁO\n" +
            $"Tình hình ứng dụng công nghệ số và chuyển đổi số {period}\n\n" +
            (dispatch is null ? "" : $"Thực hiện Công văn số {dispatch} ngày 05/9/2025 của Sở Khoa học và Công nghệ, ") +
            $"Ủy ban nhân dân xã {place} báo cáo như sau:\n" +
            "1. Hạ tầng số: trên địa bàn xã có 11 trạm thu phát sóng di động (BTS), phủ sóng 4G toàn xã.\n" +
            "2. Dịch vụ công trực tuyến: tiếp nhận 312/480 hồ sơ trực tuyến, đạt 65%.\n\n" +
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n");
}
