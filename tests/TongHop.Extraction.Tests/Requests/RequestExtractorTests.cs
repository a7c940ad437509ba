using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Extraction.Requests;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Requests;

public sealed class RequestExtractorTests
{
    private const string Letter = """
        SỞ NỘI VỤ
        Số: 210/SNV-CCVC                  Quảng Ngãi, ngày 02 tháng 6 năm 2025
        V/v báo cáo kết quả cải cách hành chính
        6 tháng đầu năm 2025

        Kính gửi:
        - UBND các xã, phường, đặc khu;
        - Các sở, ban, ngành.

        Sở Nội vụ đề nghị các đơn vị báo cáo kết quả, gửi về Sở trước ngày 20/6/2025.

        ĐỀ CƯƠNG BÁO CÁO
        I. Kết quả
        II. Kiến nghị
        """;

    [Fact]
    public void Extract_Letter_ReadsDeadlinePeriodRecipientsOutline()
    {
        var document = new DocumentParser().Parse(Letter);
        var request = new RequestExtractor().Extract(document, new MetadataExtractor().Extract(document));
        Assert.NotNull(request);
        Assert.Equal(new DateTime(2025, 6, 20, 0, 0, 0), request.Deadline);
        Assert.Equal(new ReportPeriod("6 tháng đầu năm 2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), request.Period);
        Assert.Equal(["UBND các xã, phường, đặc khu", "Các sở, ban, ngành"], request.Recipients);
        Assert.Equal(["I", "II"], request.Outline.Select(s => s.Number));
    }

    [Fact]
    public void Extract_Report_IsNull()
    {
        var document = new DocumentParser().Parse("BÁO CÁO\nKết quả 9 tháng đầu năm 2025\nĐề nghị Sở báo cáo UBND tỉnh trước ngày 20/10/2025.");
        Assert.Null(new RequestExtractor().Extract(document, new MetadataExtractor().Extract(document)));
    }

    [Theory]
    [InlineData("9 tháng đầu năm 2025", "2025-01-01", "2025-09-30")]
    [InlineData("9 thang dau ndm 2025", "2025-01-01", "2025-09-30")]
    [InlineData("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")]
    [InlineData("quý I năm 2025", "2025-01-01", "2025-03-31")]
    [InlineData("quý III năm 2025", "2025-07-01", "2025-09-30")]
    [InlineData("quý IV/2025", null, null)]
    [InlineData("tháng 10 năm 2025", "2025-10-01", "2025-10-31")]
    [InlineData("tháng 2/2024", "2024-02-01", "2024-02-29")]
    [InlineData("năm 2025", "2025-01-01", "2025-12-31")]
    public void ReportPeriodReader_Text_ReadsRange(string text, string? from, string? to)
    {
        var period = ReportPeriodReader.Read(text, allowYear: true);
        Assert.Equal(from, period?.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(to, period?.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("chậm nhất vào lúc 14 giờ 00 phút ngày 22/9/2025 để", "2025-09-22T14:00")]
    [InlineData("cham nhét vao lic 14 gio 00\nphat ngay 22/9/2025 dé", "2025-09-22T14:00")]
    [InlineData("trước 16h30 ngày 05/10/2025.", "2025-10-05T16:30")]
    [InlineData("gửi về Sở (qua Phòng Tổng hợp) chậm nhất 9\ngiờ 15 phút ngày 03/11/2025, đồng thời", "2025-11-03T09:15")]
    [InlineData("chậm nhất vào lúc 10 giờ\n45 phút, ngày 12/12/2025.", "2025-12-12T10:45")]
    [InlineData("chậm nhất ngày 10 tháng 11 năm 2025.", "2025-11-10T23:59")]
    [InlineData("trước ngày 20/6/2025.", "2025-06-20T00:00")]
    [InlineData("báo cáo kết quả năm 2025.", null)]
    public void DeadlineReader_Text_ReadsDateAndTime(string text, string? expected)
    {
        var deadline = DeadlineReader.Read(new DocumentParser().Parse(text));
        Assert.Equal(expected, deadline?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
