using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found by writing the held-out reports of session 15 (tests/fixtures/reading-heldout: a provincial Youth Union,
/// a commune health station, a telecom branch, a Department of Finance, a press and broadcasting agency, a vocational
/// school), tested here in other sentences: a year in brackets is that aside's, a school year is its second year's,
/// "không ít hơn" is a floor, a plan of new things is no total, "N trong số M", a plan section of a quarter or a month,
/// month columns beside their sum, a count named by the head of its unit word, staff said with "có", a budget not
/// allotted, a request to allot money, and a second source after "ngoài ra" with no budget word.
/// </summary>
public sealed class HeldOutSessionFifteenTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void AYearInBracketsBelongsToTheAside_NotToThePartAfterIt()
    {
        const string text = Head + "Kinh phí chuyển đổi số năm 2025 đạt 3,4 tỷ đồng (năm 2024 đạt 2,1 tỷ đồng), trong đó vốn sự nghiệp 2 tỷ đồng.";
        Assert.Equal([(ValueKind.Actual, 3_400_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void AnEarlierSchoolYearsPercent_IsNotTheReports()
    {
        const string text = Head + "Tỷ lệ văn bản đi được ký số đạt 97% (năm học 2023-2024 là 88%).";
        Assert.Equal([(ValueKind.Actual, 97m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Theory]
    [InlineData("Có 36 trong số 40 công chức đã được bồi dưỡng kỹ năng số cơ bản.", 36, 40)]
    [InlineData("Đã có 45 trong số 50 giáo viên, nhân viên hoàn thành bồi dưỡng kỹ năng số cơ bản (năm học 2022-2023 chỉ đạt 60%).", 45, 50)]
    public void PartOfAWholeSaidWithTrongSo_IsAShare_NotAnEarlierSchoolYearsPercent(string sentence, int part, int whole)
    {
        var value = ExtractorHarness.Single(Head + sentence, "staff_digital_skills_trained");
        Assert.Equal((90m, (decimal?)part, (decimal?)whole), (value.Value, value.Numerator, value.Denominator));
    }

    [Fact]
    public void NotFewerThan_IsAFloor_NotADifference()
    {
        const string text = Head + "Phấn đấu năm 2026 tổ chức không ít hơn 10 cuộc họp trực tuyến với các phòng.";
        var value = ExtractorHarness.Single(text, "online_meetings");
        Assert.Equal((ValueKind.Target, 10m, Qualifier.GreaterThan), (value.Kind, value.Value, value.Qualifier));
    }

    [Fact]
    public void NewThingsWithAFloor_AreNoTotal()
    {
        const string text = Head + "Năm 2026 dự kiến xây mới ít nhất 15 trạm BTS ở các xã vùng cao.";
        Assert.Empty(ExtractorHarness.Values(text, "bts_stations"));
    }

    [Fact]
    public void ASectionOfTheNextQuartersTasks_HoldsTargets()
    {
        const string text = Head + "Trong quý, văn bản đi được ký số đạt 96%.\nII. NHIỆM VỤ QUÝ I NĂM 2026\n- Ký số 100% văn bản đi của cơ quan.";
        Assert.Equal([(ValueKind.Actual, 96m), (ValueKind.Target, 100m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void MonthColumnsBesideTheirSum_AreParts_TheSumIsTheValue()
    {
        const string text = Head +
            "| TT | Nội dung | ĐVT | Tháng 7 | Tháng 8 | Tháng 9 | Tổng quý III |\n" +
            "|---|---|---|---|---|---|---|\n" +
            "| 1 | Cuộc họp trực tuyến | cuộc | 1 | 2 | 2 | 5 |\n" +
            "| 2 | Tin, bài đăng trên Trang thông tin điện tử | tin, bài | 10 | 8 | 12 | 30 |\n";
        Assert.Equal([(ValueKind.Actual, 5m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 30m)], ExtractorHarness.KindsAndValues(text, "portal_news"));
    }

    [Fact]
    public void ACountNamedByTheHeadOfTheUnitWordWrittenBefore_CountsTheSameThing()
    {
        const string text = Head + "Số máy tính phục vụ công tác của phòng tăng 4 máy so với năm trước, lên 22 máy.";
        Assert.Equal([(ValueKind.Actual, 22m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Theory]
    [InlineData("Chi cục có 27 công chức, viên chức và 3 hợp đồng lao động.", 27)]
    [InlineData("Lực lượng lao động của công ty là 340 người.", 340)]
    public void StaffSaidWithoutAStaffPhrase(string sentence, int staff)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)staff)], ExtractorHarness.KindsAndValues(Head + sentence, "staff_total"));
    }

    [Fact]
    public void ABudgetNotAllotted_GivesNoBudget()
    {
        const string text = Head + "Năm 2025, kinh phí cho chuyển đổi số chưa được bố trí thành mục riêng, các việc được chi từ nguồn thường xuyên 2,4 tỷ đồng.";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
        Assert.Empty(ExtractorHarness.Values(text, "budget_requested"));
    }

    [Fact]
    public void ARequestToAllotMoney_IsTheBudgetRequested()
    {
        const string text = Head + "Đề nghị Sở Tài chính bố trí 300 triệu đồng để trang bị phòng họp trực tuyến.";
        Assert.Equal([(ValueKind.Target, 300_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_requested"));
    }

    [Fact]
    public void ASecondSourceAfterNgoaiRa_WithoutABudgetWord_AddsUp()
    {
        const string text = Head + "Kinh phí thực hiện năm 2025 là 500 triệu đồng từ ngân sách phường; ngoài ra, phường nhận 80 triệu đồng tài trợ của doanh nghiệp.";
        Assert.Equal([(ValueKind.Actual, 580_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }
}
