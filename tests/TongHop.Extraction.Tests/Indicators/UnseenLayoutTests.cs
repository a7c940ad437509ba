using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Layouts and phrasings found by writing new held-out reports (tests/fixtures/reading-heldout): a group heading
/// whose merged cell leaves its line without separators, a period title over "Chỉ tiêu | Kết quả", a two-line header
/// in text that lost its separators, a pipe row that lost a border, a count row beside a share indicator's words,
/// "cộng đồng" in a unit, a plan and a result of one count across ";", and a commune's team and the villages' teams
/// in two sentences.
/// </summary>
public sealed class UnseenLayoutTests
{
    [Fact]
    public void GroupHeadingsWithoutSeparators_KeepTheTableWhole_AndANumberedHeadingEndsIt()
    {
        const string text = "STT\tNội dung\tĐVT\tNăm 2025\t\tGhi chú\n" +
                            "\t\t\tKế hoạch\tThực hiện\n" +
                            "A. Hạ tầng\n" +
                            "1\tSố trạm phát sóng di động BTS\ttrạm\t12\t14\n" +
                            "B. Chính quyền số\n" +
                            "2\tSố cuộc họp trực tuyến\tcuộc\t40\t52\tVới tỉnh\n" +
                            "3. Tin, bài trên trang thông tin điện tử\n" +
                            "Nội dung\tNăm 2024\tNăm 2025\n" +
                            "Số tin, bài đăng trên trang thông tin điện tử\t88\t140\n" +
                            "Số văn bản đăng tải trên trang thông tin điện tử\t30\t41\n";
        Assert.Equal([(ValueKind.Actual, 14m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 52m), (ValueKind.Target, 40m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 140m)], ExtractorHarness.KindsAndValues("Báo cáo năm 2025.\n" + text, "portal_news"));
    }

    [Fact]
    public void APeriodTitleOverGoalAndResult_ReadsTheGoalColumnAsTargets()
    {
        const string text = """
            | TT | Chỉ tiêu chủ yếu | ĐVT | 6 tháng đầu năm 2025 | | Ghi chú |
            | | | | Chỉ tiêu | Kết quả | |
            | 1 | Số doanh nghiệp công nghệ số | doanh nghiệp | 6 | 4 | |
            | 2 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 70 | 72,5 | |
            """;
        Assert.Equal([(ValueKind.Actual, 4m), (ValueKind.Target, 6m)], ExtractorHarness.KindsAndValues(text, "digital_enterprises"));
        Assert.Equal([(ValueKind.Actual, 72.5m), (ValueKind.Target, 70m)], ExtractorHarness.KindsAndValues(text, "full_online_services_rate"));
    }

    private const string TwoLineSpacedHeader = """
        Chỉ tiêu Đơn vị tính Năm 2024 Năm 2025 So sánh
        2025/2024 (%)
        Thực hiện Kế hoạch Thực hiện
        Trạm phát sóng BTS trên địa bàn trạm 9 12 13 144,4
        Số cuộc họp trực tuyến đã tổ chức cuộc 20 26 29
        145
        """;

    [Fact]
    public void TwoLineHeaderInSpacedText_DealsThePlanAndResultTitlesToTheirPeriods()
    {
        Assert.Equal([(ValueKind.Actual, 13m), (ValueKind.Target, 12m)],
            ExtractorHarness.KindsAndValues("Báo cáo kết quả năm 2025.\n" + TwoLineSpacedHeader, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 29m), (ValueKind.Target, 26m)],
            ExtractorHarness.KindsAndValues("Báo cáo kết quả năm 2025.\n" + TwoLineSpacedHeader, "online_meetings"));
    }

    [Fact]
    public void TwoLineHeaderInSpacedText_WhoseTitlesCannotBeDealtOut_IsNotRead()
    {
        // Two result titles under two periods could be one each, or both under either: not read as two lines.
        var text = "Báo cáo kết quả năm 2025.\n" + TwoLineSpacedHeader.Replace("Thực hiện Kế hoạch Thực hiện", "Thực hiện Thực hiện Thực hiện");
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Key == "bts_stations" && v.Value is 12m or 9m);
    }

    [Fact]
    public void APipeRowThatLostABorder_IsNotReadAndSaysSo()
    {
        const string text = """
            | STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | Ghi chú |
            | 1 | Số trạm phát sóng di động BTS | trạm | 12 | 14 | |
            | 2 | Số điểm bưu điện văn hóa có kết nối Internet | điểm |66 | |
            | 3 | Số doanh nghiệp công nghệ số | doanh nghiệp | 5 | 3 | |
            """;
        var result = ExtractorHarness.Run(text);
        Assert.Equal([(ValueKind.Actual, 14m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.DoesNotContain(result.Indicators, v => v.Key == "postal_broadband_points");
        Assert.Contains(result.ExtractorFindings, f => f.Code == "table-row-unread" && f.About == "postal_broadband_points");
    }

    [Fact]
    public void ACountRowNamedLikeAShare_IsReadAsTheCount()
    {
        const string text = """
            STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện
            1 | Tài khoản thư điện tử công vụ cấp mới | tài khoản | 45 | 51
            2 | Số cuộc họp trực tuyến | cuộc | 10 | 12
            """;
        Assert.Equal([(ValueKind.Actual, 51m), (ValueKind.Target, 45m)], ExtractorHarness.KindsAndValues(text, "official_email_accounts"));
    }

    [Fact]
    public void AUnitEndingInCongDong_IsACountNotMoney()
    {
        const string text = """
            STT Chỉ tiêu ĐVT Kế hoạch Thực hiện
            1 Thành viên tổ công nghệ số cộng đồng người 120 134
            2 Số tổ công nghệ số cộng đồng có 24 24
            """;
        Assert.Equal([(ValueKind.Actual, 134m), (ValueKind.Target, 120m)], ExtractorHarness.KindsAndValues(text, "cdt_members"));
        Assert.Equal([(ValueKind.Actual, 24m), (ValueKind.Target, 24m)], ExtractorHarness.KindsAndValues(text, "cdt_village_teams"));
    }

    [Theory]
    [InlineData("Theo kế hoạch năm, đơn vị tổ chức 18 cuộc họp trực tuyến; thực tế đã tổ chức 23.", "18", "23")]
    [InlineData("Kế hoạch giao tổ chức 18 cuộc họp trực tuyến với các xã, đến nay đã tổ chức được 23 cuộc.", "18", "23")]
    public void APlanAndTheResultOfOneCount_AcrossClauses(string text, string target, string actual) =>
        Assert.Equal([(ValueKind.Actual, decimal.Parse(actual)), (ValueKind.Target, decimal.Parse(target))],
            ExtractorHarness.KindsAndValues(text, "online_meetings"));

    [Fact]
    public void ACountOfAnotherNounAfterAPlannedCount_IsNotCarried()
    {
        const string text = "Theo kế hoạch, phường được cấp 30 máy tính phục vụ công tác; đến nay đã bố trí tại 12 phòng làm việc.";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 12m);
    }

    [Fact]
    public void TheCommunesTeamAndTheVillagesTeams_InTwoSentences_AreParts()
    {
        const string text = "Tổ công nghệ số cộng đồng cấp phường gồm 11 thành viên, do Chủ tịch Ủy ban nhân dân phường làm tổ trưởng. " +
                            "Tại các tổ dân phố, 8 tổ công nghệ số cộng đồng hoạt động với 56 thành viên.";
        Assert.Equal(67m, ExtractorHarness.Single(text, "cdt_members").Value);
    }

    [Fact]
    public void TwoSentencesOfTheSameLevel_AreNotSummed()
    {
        const string text = "Tổ công nghệ số cộng đồng cấp phường gồm 11 thành viên. " +
                            "Trong năm, tổ công nghệ số cộng đồng cấp phường đã hướng dẫn người dân với 11 thành viên tham gia.";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "cdt_members"), v => v.Value == 22m);
    }
}
