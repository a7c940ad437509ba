using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Two rules of session 23 narrowed after review: an amount under a money heading is the money spent only under a heading
/// of the work's own money ("Kinh phí"), for an amount that is neither revenue nor a building project's and is the
/// section's only unnamed amount; all of a counted thing takes the count only where the words after the thing leave it
/// whole and the count is given in the same or the sentence before.
/// </summary>
public sealed class ReviewedSessionTwentyThreeTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n1. Hạ tầng\nCơ quan có 20 máy tính.\n";

    [Fact]
    public void RevenueUnderABudgetHeading_IsNoBudgetSpent()
    {
        const string text = Head + "2. Ngân sách\n- Tổng thu trên địa bàn: 12,5 tỷ đồng.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Fact]
    public void RevenueUnderAFundsHeading_IsNoBudgetSpent()
    {
        const string text = Head + "2. Kinh phí\n- Thu sự nghiệp của đơn vị: 12,5 tỷ đồng.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Fact]
    public void AProjectUnderADisbursementHeading_IsNoBudgetSpent()
    {
        const string text = Head + "2. Giải ngân vốn đầu tư công\n- Dự án đường giao thông thôn 3: 2,1 tỷ đồng.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Fact]
    public void AProjectUnderAFundsHeading_IsNoBudgetSpent()
    {
        const string text = Head + "2. Kinh phí\n- Dự án xây dựng nhà văn hóa thôn 3: 2,1 tỷ đồng.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Fact]
    public void SeveralAmountsUnderAFundsHeading_GiveNoBudgetSpent()
    {
        const string text = Head + "2. Kinh phí\n- Chi mua sắm máy tính, máy in: 300 triệu đồng.\n- Chi thuê dịch vụ phần mềm: 150 triệu đồng.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Fact]
    public void OneAmountUnderAFundsHeading_StillIsTheBudgetSpent()
    {
        const string text = Head + "2. Kinh phí\n- Chi mua sắm máy tính, máy in: 300 triệu đồng.\n";
        Assert.Equal([(ValueKind.Actual, 300_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void AHundredPercentOfANamedPartsComputers_IsNotTheWholeCount()
    {
        const string text = Head + "Cơ quan có 31 máy tính; 100% máy tính của Bộ phận Một cửa đã được cài đặt phần mềm diệt virus.\n";
        Assert.Empty(ExtractorHarness.Values(text, "antivirus_computers"));
    }

    [Fact]
    public void AHundredPercentOfTheNewComputers_IsNotTheWholeCount()
    {
        const string text = Head + "Đơn vị hiện có 31 máy tính. Năm 2025 mua mới 6 máy tính, 100% máy tính mới đã được cài phần mềm diệt virus.\n";
        Assert.Empty(ExtractorHarness.Values(text, "antivirus_computers"));
    }

    [Fact]
    public void AHundredPercentOfTheComputersAtSomePlace_IsNotTheWholeCount()
    {
        const string text = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\nĐơn vị có 31 máy tính; 100% máy tính tại trụ sở chính đã cài phần mềm diệt virus.\n";
        Assert.Empty(ExtractorHarness.Values(text, "antivirus_computers"));
    }

    [Fact]
    public void AHundredPercentOfTheIssuersComputers_IsTheWholeCount()
    {
        const string text = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\nĐơn vị có 31 máy tính; 100% máy tính của đơn vị đã cài phần mềm diệt virus.\n";
        Assert.Equal([(ValueKind.Actual, 31m)], ExtractorHarness.KindsAndValues(text, "antivirus_computers"));
    }

    [Fact]
    public void AHundredPercentOfTheComputers_CountedFarBefore_IsNotTheCount()
    {
        const string text = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\nĐơn vị có 31 máy tính. Mạng nội bộ được nâng cấp. " +
                            "Cổng thông tin hoạt động ổn định. 100% máy tính đã cài phần mềm diệt virus.\n";
        Assert.Empty(ExtractorHarness.Values(text, "antivirus_computers"));
    }
}
