using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// The rules mended after the indicator sentences (tests/fixtures/indicator-sentences, issue 14), each in other sentences
/// and with a case where it must not fire: a year opened by a word of time or a survey, a former unit before the merger,
/// the country's or the province's figure in a commune's report, one part singled out by "riêng", a quote of a body's
/// assessment, and the catalog's new exclusions and phrasings.
/// </summary>
public sealed class IndicatorSentenceRulesTests
{
    private const string Commune = "UBND XÃ ĐỒNG TIẾN\nSố: 30/BC-UBND\tĐồng Tiến, ngày 05 tháng 12 năm 2025\nBÁO CÁO\n" +
                                   "Kết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    private const string Department = "UBND TỈNH QUẢNG NGÃI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 71/BC-SKHCN\tQuảng Ngãi, ngày 05 tháng 12 năm 2025\n" +
                                      "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    private static (ValueKind, decimal)[] Read(string body, string key, string head = Commune) =>
        ExtractorHarness.KindsAndValues(head + body + "\n", key);

    [Fact]
    public void AnEarlierYear_AfterAWordOfTime_IsNotTheReports()
    {
        Assert.Empty(Read("Cuối năm 2024, tỷ lệ văn bản điện tử được ký số của xã đạt 91%.", "edocs_signed_rate"));
        Assert.Empty(Read("Cùng kỳ năm 2024, xã tổ chức 9 cuộc họp trực tuyến.", "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 97m)], Read("Cuối năm 2025, tỷ lệ văn bản điện tử được ký số của xã đạt 97%.", "edocs_signed_rate"));
    }

    [Fact]
    public void AnEarlierYear_OverANounListsComma_IsNotTheReports_ButNowAfterACommaIs()
    {
        Assert.Empty(Read("Năm 2024, số tin, bài đăng trên trang thông tin điện tử của xã là 80 tin.", "portal_news"));
        Assert.Equal([(ValueKind.Actual, 52m)],
            Read("Năm 2024, xã được đầu tư mạng nội bộ, hiện nay có 52 máy tính phục vụ công tác.", "computers"));
    }

    [Fact]
    public void AFormerUnit_BeforeTheMerger_GivesNoValue()
    {
        Assert.Empty(Read("Trước khi sáp nhập, phường cũ có 30 máy tính phục vụ công tác.", "computers"));
        Assert.Empty(Read("Diện tích tự nhiên của xã (cũ) là 21,4 km2.", "area_km2"));
        Assert.Equal([(ValueKind.Actual, 60m)], Read("Xã được thành lập từ 3 xã cũ, hiện có 60 máy tính phục vụ công tác.", "computers"));
        Assert.Equal([(ValueKind.Actual, 12m)], Read("Sau sắp xếp, xã có 12 thôn.", "villages"));
        Assert.Equal([(ValueKind.Actual, 9.3m)], Read("Phường được thành lập trên cơ sở hợp nhất hai phường cũ, có diện tích tự nhiên 9,3 km2.", "area_km2"));
        Assert.Equal([(ValueKind.Actual, 85m)],
            Read("Tỷ lệ hồ sơ TTHC trực tuyến năm 2024 (của hai xã cũ) đạt 60%, năm 2025 đạt 85%.", "online_dossier_rate"));
    }

    [Fact]
    public void TheCountrysOrTheProvincesFigure_InACommunesReport_IsNotItsOwn()
    {
        Assert.Empty(Read("Cả nước có 12 triệu người tham gia Bình dân học vụ số.", "digital_literacy_participants"));
        Assert.Empty(Read("Bình quân toàn tỉnh, tỷ lệ số hóa hồ sơ TTHC đạt 75%.", "dossier_digitization_rate"));
        Assert.Empty(Read("Tỉnh đã tổ chức 40 cuộc họp trực tuyến với các xã.", "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 95m)], Read("Tỷ lệ số hóa hồ sơ TTHC của xã đạt 95%, cao hơn bình quân toàn tỉnh.", "dossier_digitization_rate"));
        Assert.Equal([(ValueKind.Actual, 48m)], Read("Tính đến nay, xã có 48 máy tính phục vụ công tác.", "computers"));
    }

    [Fact]
    public void TheProvincesFigure_InADepartmentsReport_Stays()
    {
        Assert.Equal([(ValueKind.Actual, 3100m)], Read("Toàn tỉnh có 3.100 trạm BTS.", "bts_stations", Department));
        Assert.Empty(Read("Các cơ quan cấp tỉnh có 97% văn bản trao đổi dưới dạng điện tử.", "edocs_exchange_rate", Department));
    }

    [Fact]
    public void APartSingledOutByRieng_IsNeitherTheWholeNorAPartToAdd()
    {
        Assert.Equal([(ValueKind.Actual, 25m)], Read("Trung tâm có 25 máy tính phục vụ công tác; riêng phòng kế toán có 4 máy tính.", "computers"));
        Assert.Equal([(ValueKind.Actual, 18m)], Read("Riêng năm 2025, xã đã tổ chức 18 cuộc họp trực tuyến.", "online_meetings"));
    }

    [Fact]
    public void ABodysAssessmentQuoted_IsThatBodysFigure()
    {
        Assert.Empty(Read("Theo đánh giá của Sở, tỷ lệ văn bản điện tử được ký số của các xã đạt 96%.", "edocs_signed_rate"));
        Assert.Equal([(ValueKind.Actual, 98m)], Read("Theo đánh giá, tỷ lệ văn bản điện tử được ký số của xã đạt 98%.", "edocs_signed_rate"));
    }

    [Fact]
    public void TheCatalogsNewExclusions_LeaveTheNearMisses()
    {
        Assert.Empty(Read("Đài phát thanh FM của xã có 02 trạm phát sóng.", "bts_stations"));
        Assert.Empty(Read("Dân số trong độ tuổi lao động của phường là 9.000 người.", "population"));
        Assert.Equal([(ValueKind.Actual, 15200m)], Read("Dân số của xã là 15.200 người.", "population"));
        Assert.Empty(Read("Có 6 cán bộ phụ trách bộ phận một cửa.", "staff_total"));
        Assert.Equal([(ValueKind.Actual, 40m)], Read("Tổng số cán bộ, công chức của xã là 40 người.", "staff_total"));
        Assert.Empty(Read("Tổng thu ngân sách của xã năm 2025 là 7,2 tỷ đồng.", "budget_spent"));
        Assert.Empty(Read("Khu vực học sinh thực hành có 20 máy tính.", "computers"));
    }

    [Fact]
    public void TheCatalogsNewPhrasings_DoNotReadNearMisses()
    {
        // Investment attracted is no money the unit spent; money allocated at the unit's proposal is no request; the
        // share of a budget disbursed is no share of spending on science.
        Assert.Empty(Read("Năm 2025, xã thu hút 2 dự án đầu tư vào lĩnh vực công nghệ thông tin với tổng vốn 120 tỷ đồng.", "budget_spent"));
        Assert.Empty(Read("UBND tỉnh đã bố trí 800 triệu đồng theo đề xuất của xã để nâng cấp hạ tầng số.", "budget_requested"));
        Assert.Empty(Read("Tỷ lệ giải ngân ngân sách của Sở KHCN năm 2025 đạt 92%.", "st_budget_share"));
    }

    [Fact]
    public void AWordThatOpensWithCu_IsNoFormerUnit()
    {
        Assert.Equal([(ValueKind.Actual, 320m)], Read("UBND xã cũng đã cấp 320 chữ ký số cho cán bộ, công chức.", "digital_signatures"));
        Assert.Equal([(ValueKind.Actual, 45m)], Read("Trụ sở xã cũng được trang bị 45 máy tính.", "computers"));
    }

    [Fact]
    public void TheCatalogsNewPhrasings_ReadTheValue()
    {
        Assert.Equal([(ValueKind.Actual, 7m)], Read("Số máy tính hiện có tại bộ phận văn thư: 7 chiếc.", "computers"));
        Assert.Equal([(ValueKind.Actual, 3m)], Read("- Doanh nghiệp công nghệ số trên địa bàn: 03 DN.", "digital_enterprises"));
        Assert.Equal([(ValueKind.Actual, 2_000_000_000m)], Read("Xã đã đầu tư 2 tỷ đồng cho hạ tầng công nghệ thông tin.", "budget_spent"));
        Assert.Equal([(ValueKind.Target, 900_000_000m)], Read("Xã đề xuất bố trí 900 triệu đồng trong năm 2026 cho chuyển đổi số.", "budget_requested"));
    }
}
