using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 17 (tests/fixtures/reading-heldout: a Department of Industry and
/// Trade, a provincial post office, a Women's Union, a Labour Federation, a primary school, a customs branch) and the
/// causes left open across the held-out set, tested here in other sentences: staff counted after "có" with a decrease
/// beside them, staff "có mặt", the agency's staff as a list label, dossiers "nộp điện tử" as a goal and as a result,
/// the earlier year's figure in the bracket after that year, money written in words, and a request to "hỗ trợ" money.
/// </summary>
public sealed class HeldOutSessionSeventeenTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Theory]
    [InlineData("Trung tâm có 27 cán bộ, nhân viên (giảm 5 người so với đầu năm).", 27)]
    [InlineData("Đơn vị có ba mươi bảy công chức, giảm bốn người so với năm 2024 do tinh giản.", 37)]
    [InlineData("Số công chức có mặt đến ngày 31/12/2025 là 64 người.", 64)]
    [InlineData("- Cán bộ cơ quan Huyện đoàn và các cơ sở Đoàn trực thuộc: 19 người;", 19)]
    public void StaffCountedAfterCo_OrPresent_OrAsTheAgencysStaff_IsTheStaff(string sentence, int staff)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)staff)], ExtractorHarness.KindsAndValues(Head + sentence, "staff_total"));
    }

    [Theory]
    [InlineData("Có 12 công chức hoàn thành bồi dưỡng kỹ năng số cơ bản trong năm.")]
    [InlineData("Có 17/20 cán bộ, nhân viên đã học xong khóa kỹ năng số trực tuyến.")]
    [InlineData("Phường có 2 công chức tư pháp được giao kiêm nhiệm theo dõi công tác chuyển đổi số.")]
    public void StaffWhoDidSomething_AfterCo_AreNoHeadcount(string sentence)
    {
        Assert.Empty(ExtractorHarness.Values(Head + sentence, "staff_total"));
    }

    [Theory]
    [InlineData("Năm học 2025-2026, trường có 41 cán bộ, giáo viên và nhân viên.", ValueKind.Actual)] // the current school year
    [InlineData("Năm học 2026-2027, trường có 41 cán bộ, giáo viên và nhân viên.", ValueKind.Target)] // the next one
    public void ASchoolYearThatBeganInTheReportsYear_IsTheCurrentOne(string sentence, ValueKind kind)
    {
        Assert.Equal([(kind, 41m)], ExtractorHarness.KindsAndValues(Head + sentence, "staff_total"));
    }

    [Fact]
    public void DossiersNopDienTu_AsAGoal_AndAsAResult()
    {
        const string text = Head + "Trong năm, 88% hồ sơ đăng ký kinh doanh được nộp điện tử.\n\nII. NHIỆM VỤ NĂM 2026\nPhấn đấu 97% hồ sơ thủ tục hành chính được nộp điện tử.";
        Assert.Equal([(ValueKind.Actual, 88m), (ValueKind.Target, 97m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Theory]
    [InlineData("Tỷ lệ hồ sơ nộp trực tuyến năm 2025 đạt 81,2%, cao hơn năm 2024 (64,5%).", "online_dossier_rate", 81.2)]
    [InlineData("Năm 2025 tổ chức 14 cuộc họp trực tuyến, nhiều hơn so với năm 2024 (9 cuộc họp trực tuyến).", "online_meetings", 14)]
    public void TheFigureInTheBracketAfterAnEarlierYear_IsThatYears(string sentence, string key, double value)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)value)], ExtractorHarness.KindsAndValues(Head + sentence, key));
    }

    [Theory]
    [InlineData("Kinh phí thực hiện chuyển đổi số năm 2025 là một trăm hai mươi triệu đồng.", 120_000_000)]
    [InlineData("Kinh phí chi cho chuyển đổi số trong năm khoảng tám mươi lăm triệu đồng.", 85_000_000)]
    [InlineData("Kinh phí chuyển đổi số của Sở năm 2025 là hai tỷ đồng.", 2_000_000_000)]
    public void MoneyInWords_IsMoney(string sentence, long amount)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)amount)], ExtractorHarness.KindsAndValues(Head + sentence, "budget_spent"));
    }

    [Fact]
    public void ARequestToSupportMoney_IsTheBudgetRequested()
    {
        const string text = Head + "Đề xuất Sở Tài chính hỗ trợ 300 triệu đồng để nâng cấp phần mềm một cửa điện tử.";
        Assert.Equal([(ValueKind.Target, 300_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_requested"));
    }

    [Fact]
    public void ARowNumberTitleOcrBrokeIntoShortWords_AndTitlesWrappedColumnByColumn_AreRead()
    {
        // English OCR read "TT" as two short words; each title's second line ("tính", "năm 2025", "kế hoạch (%)") stands
        // on one line under the titles, in lower case with the years.
        const string text = """
            i lý Nội dung Đơn vị Kế hoạch Thực hiện Tỷ lệ so với
            tính năm 2025 năm 2025 kế hoạch (%)
            1 Số máy tính phục vụ công tác tại các phòng máy 120 131 109,2
            2 Số cuộc họp trực tuyến với các xã cuộc 24 30 125
            """;
        Assert.Equal([(ValueKind.Actual, 131m), (ValueKind.Target, 120m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 30m), (ValueKind.Target, 24m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 109.2m or 125m or 2025m);
    }

    [Fact]
    public void ShortWordsBeforeAWordThatIsNoLabelTitle_OpenNoHeader()
    {
        const string text = """
            và ở Kế hoạch số 12 Thực hiện năm 2025
            1 Số máy tính phục vụ công tác máy 64 70 109,4
            """;
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 64m && v.Kind == ValueKind.Target);
    }

    [Fact]
    public void AGoalABodyAssigned_WithWordsBetweenChiTieuAndGiao_IsATarget()
    {
        const string text = Head + "Chỉ tiêu Sở Tư pháp giao cho phòng năm 2025: 96% hồ sơ thủ tục hành chính được nộp trực tuyến. Kết quả, tỷ lệ hồ sơ nộp trực tuyến đạt 93,5%.";
        Assert.Equal([(ValueKind.Actual, 93.5m), (ValueKind.Target, 96m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Theory]
    [InlineData("Chỉ tiêu hồ sơ giao dịch điện tử trong năm đạt 90%.")]
    [InlineData("Đơn vị đã hoàn thành chỉ tiêu Sở giao: 90% hồ sơ nộp trực tuyến.")]
    public void ATransaction_OrAnAssignedGoalAlreadyMet_IsNoTarget(string sentence)
    {
        Assert.Equal([(ValueKind.Actual, 90m)], ExtractorHarness.KindsAndValues(Head + sentence, "online_dossier_rate"));
    }
}
