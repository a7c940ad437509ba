using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on h32's held-out reports of session 23 (tests/fixtures/reading-heldout: a cooperative alliance, a
/// promotion centre, an archives centre, an IT centre, a project management board, a highland commune), tested here in
/// other sentences: money under a heading that names it, all of a counted thing given the indicator's thing, a
/// difference written after the period it is compared with, and a quote of the province's data that goes on past its
/// clause.
/// </summary>
public sealed class HeldOutSessionTwentyThreeTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void MoneyUnderAHeadingOfBudget_IsTheBudget()
    {
        const string text = Head + "1. Hạ tầng\nCơ quan có 20 máy tính.\n2. Kinh phí\nNăm 2025: 740 triệu đồng cho nâng cấp phần mềm quản lý hồ sơ.\n";
        Assert.Equal([(ValueKind.Actual, 740_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void MoneyUnderAHeadingOfBudget_WithItsParts_IsTheTotal()
    {
        const string text = Head + "1. Hạ tầng\nCơ quan có 20 máy tính.\n2. Kinh phí thực hiện\n" +
                            "- Trong năm đã chi 1.020 triệu đồng, gồm mua sắm thiết bị 600 triệu đồng và thuê phần mềm 420 triệu đồng.\n";
        Assert.Equal([(ValueKind.Actual, 1_020_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void MoneyUnderAnotherHeading_IsNoBudget()
    {
        const string text = Head + "1. Hạ tầng\nCơ quan có 20 máy tính.\n2. Thanh toán trực tuyến\nNăm 2025: 740 triệu đồng được nộp qua Cổng dịch vụ công.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Fact]
    public void AllOfTheComputersCounted_GiveTheCountWithAntivirus()
    {
        const string text = Head + "Văn phòng đang dùng 45 máy tính để bàn. Toàn bộ máy tính của Văn phòng đã được cài đặt phần mềm phòng chống mã độc có bản quyền.\n";
        Assert.Equal([(ValueKind.Actual, 45m)], ExtractorHarness.KindsAndValues(text, "antivirus_computers"));
    }

    [Fact]
    public void AHundredPercentOfTheComputersCounted_GiveTheCountWithAntivirus()
    {
        const string text = Head + "Đơn vị được trang bị 38 máy tính; 100% máy tính đã cài phần mềm diệt virus bản quyền.\n";
        Assert.Equal([(ValueKind.Actual, 38m)], ExtractorHarness.KindsAndValues(text, "antivirus_computers"));
    }

    [Fact]
    public void AllOfTheComputers_WithoutTheirCount_GiveNoValue()
    {
        const string text = Head + "100% máy tính đã cài phần mềm diệt virus có bản quyền.\n";
        Assert.Empty(ExtractorHarness.Values(text, "antivirus_computers"));
    }

    [Fact]
    public void AllOfTheComputers_AsAGoal_GiveNoCount()
    {
        const string text = Head + "Đơn vị có 38 máy tính.\n\nII. PHƯƠNG HƯỚNG NĂM 2026\nPhấn đấu 100% máy tính được cài phần mềm diệt virus có bản quyền.\n";
        Assert.Empty(ExtractorHarness.Values(text, "antivirus_computers"));
    }

    [Fact]
    public void ADifferenceAfterThePeriodItIsComparedWith_IsNoLevel()
    {
        const string text = Head + "Đơn vị tổ chức 26 cuộc họp trực tuyến với các chi nhánh, nhiều hơn cùng kỳ 5 cuộc.\n";
        Assert.Equal([(ValueKind.Actual, 26m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void ADifferenceAfterTheYearBefore_IsNoLevel()
    {
        const string text = Head + "Trang thông tin điện tử đăng 310 tin, bài, ít hơn năm trước 12 tin, bài.\n";
        Assert.Equal([(ValueKind.Actual, 310m)], ExtractorHarness.KindsAndValues(text, "portal_news"));
    }

    [Fact]
    public void MoreThanACount_WithoutAComparison_StaysAFloor()
    {
        const string text = Head + "Đơn vị tổ chức hơn 20 cuộc họp trực tuyến.\n";
        Assert.Equal([(ValueKind.Actual, 20m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void AQuoteOfTheProvince_GoesOnToItsLaterClauses()
    {
        const string text = Head + "Theo số liệu trên Cổng dịch vụ công quốc gia, năm 2025 toàn tỉnh tiếp nhận 98.000 hồ sơ, trong đó 80.000 hồ sơ trực tuyến, đạt 81,6%.\n";
        Assert.Empty(ExtractorHarness.Values(text, "online_dossier_rate"));
    }

    [Fact]
    public void AQuote_GoesOnPastItsSemicolon_WhereTheClauseNamesTheProvince()
    {
        const string text = Head + "Theo thông báo của Sở Nội vụ, toàn tỉnh có 3 doanh nghiệp công nghệ số; tỷ lệ văn bản được ký số của tỉnh đạt 97%.\n";
        Assert.Empty(ExtractorHarness.Values(text, "edocs_signed_rate"));
    }

    [Fact]
    public void AQuote_EndsAtItsSemicolon_WhereTheIssuerSpeaksOfItsOwn()
    {
        const string text = Head + "Theo thông báo của Sở Nội vụ, toàn tỉnh có 3 doanh nghiệp công nghệ số; tỷ lệ văn bản được ký số của Văn phòng đạt 97%.\n";
        Assert.Equal([(ValueKind.Actual, 97m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void ATableRowLabelledOnlyByAUnitWord_NamesItsIndicator()
    {
        const string text = Head + "| Nội dung | Văn phòng | Chi nhánh | Cộng |\n|---|---|---|---|\n" +
                            "| Máy vi tính (bộ) | 12 | 9 | 21 |\n| Tài khoản thư điện tử công vụ | 15 | 10 | 25 |\n";
        Assert.Equal([(ValueKind.Actual, 21m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void ATableRowOfAUnitWordNarrowed_NamesNoCount()
    {
        const string text = Head + "| Nội dung | Văn phòng | Chi nhánh | Cộng |\n|---|---|---|---|\n" +
                            "| Máy vi tính hỏng (bộ) | 2 | 1 | 3 |\n| Tài khoản thư điện tử công vụ | 15 | 10 | 25 |\n";
        Assert.Empty(ExtractorHarness.Values(text, "computers"));
    }
}
