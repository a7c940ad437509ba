using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Sentences of session 21's review, where a rule of the session turned a null into a wrong value: an expense row that
/// opens with "Công" (not "Cộng"), expense rows at two levels, a rate "of" another period or place, wordings that count
/// people or lines of others, a label that names a thing the indicator leaves out, one stock in two states, and the unit
/// writing its own name before its part.
/// </summary>
public sealed class SessionTwentyOneReviewTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void AnExpenseRowOpeningWithCong_IsNoTotalRow()
    {
        const string text = Head + "Kinh phí ứng dụng công nghệ thông tin năm 2025:\n" +
                            "STT | Nội dung | Dự toán (nghìn đồng) | Thực hiện (nghìn đồng)\n" +
                            "1 | Mua sắm máy tính, máy in | 300.000 | 290.000\n" +
                            "2 | Công tác tuyên truyền về chuyển đổi số | 50.000 | 48.000\n" +
                            "3 | Duy trì phần mềm | 120.000 | 118.000\n\n";
        var values = ExtractorHarness.Values(text, "budget_spent");
        Assert.DoesNotContain(values, v => v.Value == 48_000_000m);
        Assert.DoesNotContain(values, v => v.Value == 50_000_000m);
    }

    [Fact]
    public void ExpenseRowsAtTwoLevels_AreNotAllAddedUp()
    {
        const string text = Head + "Kinh phí ứng dụng công nghệ thông tin năm 2025:\n" +
                            "STT | Nội dung | Thực hiện (nghìn đồng)\n" +
                            "1 | Hạ tầng | 300.000\n1.1 | Mua máy tính | 200.000\n1.2 | Mạng nội bộ | 100.000\n2 | Phần mềm | 150.000\n\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "budget_spent"), v => v.Value == 750_000_000m);
    }

    [Theory]
    [InlineData("Theo thông báo của Sở, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của toàn tỉnh đạt 81%; tỷ lệ này của cùng kỳ năm trước là 70%.", 70)]
    [InlineData("Theo báo cáo của UBND huyện, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của huyện đạt 81%; tỷ lệ này của xã Tân Lập là 45%.", 45)]
    public void TheRateOfAnotherPeriodOrPlace_IsNotTheUnits(string sentence, int other) =>
        Assert.DoesNotContain(ExtractorHarness.Values(Head + sentence + "\n", "online_dossier_rate"), v => v.Value == other);

    [Theory]
    [InlineData("Hiện có 350 người lao động của xã đang làm việc tại các khu công nghiệp.", "staff_total")]
    [InlineData("Tổ công nghệ thông tin của Trường đã hướng dẫn 45 giáo viên sử dụng phần mềm quản lý học sinh.", "dt_specialist_staff")]
    [InlineData("Các doanh nghiệp viễn thông đã lắp đặt 2.350 đường truyền cáp quang cho hộ gia đình trên địa bàn xã.", "internet_lines")]
    public void PeopleOrLinesOfOthers_AreNoValueOfTheUnit(string sentence, string key) =>
        Assert.Empty(ExtractorHarness.Values(Head + sentence + "\n", key));

    [Fact]
    public void ALabelNamingTablets_CountsNoComputers()
    {
        const string text = Head + "- Máy tính bảng cấp cho cán bộ đi cơ sở:\n+ Văn phòng: 10 máy;\n+ Các trạm: 6 máy.\n";
        Assert.Empty(ExtractorHarness.Values(text, "computers"));
    }

    [Theory]
    [InlineData("- Chữ ký số: đã cấp 45 chứng thư số; đang sử dụng 40 chứng thư số.", "digital_signatures", 85)]
    [InlineData("- Thư điện tử công vụ: đã cấp 150 tài khoản; thường xuyên sử dụng 120 tài khoản.", "official_email_accounts", 270)]
    public void OneStockInTwoStates_IsNoSumOfParts(string sentence, string key, int sum) =>
        Assert.DoesNotContain(ExtractorHarness.Values(Head + sentence + "\n", key), v => v.Value == sum);

    [Fact]
    public void PartsInOneStateAlike_StillAddUp()
    {
        const string text = Head + "- Chữ ký số: Văn phòng đang sử dụng 20 chứng thư số; các trạm đang sử dụng 15 chứng thư số.\n";
        Assert.Contains(ExtractorHarness.Values(text, "digital_signatures"), v => v.Value == 35m);
    }

    [Theory]
    [InlineData("Trung tâm Y tế huyện hiện có 45 máy tính.\nPhòng Hành chính có 12 máy tính.\n", 57)]
    [InlineData("Chi cục Kiểm lâm có 25 máy tính.\nHạt Kiểm lâm số 2 có 9 máy tính.\n", 34)]
    public void TheUnitByItsFullName_ThenAPart_AddNothingUp(string sentences, int sum) =>
        Assert.DoesNotContain(ExtractorHarness.Values(Head + sentences, "computers"), v => v.Value == sum);

    [Fact]
    public void ACentreAsALaterPart_StillAddsUp()
    {
        const string text = Head + "Văn phòng Ban có 11 máy tính.\nĐội Kiểm lâm cơ động có 7 máy tính.\nTrung tâm Cứu hộ động vật có 5 máy tính.\n";
        Assert.Equal(23m, ExtractorHarness.Single(text, "computers").Value);
    }

    // Finding 9: a clause quoting the issuer's own office gives the issuer's figures.
    [Theory]
    [InlineData("Theo số liệu của phòng Tổ chức – Hành chính, Bệnh viện hiện có 240 máy tính đang hoạt động.\n")]
    [InlineData("Theo báo cáo của các khoa, đơn vị hiện có 240 máy tính được kết nối mạng.\n")]
    public void QuotingTheIssuersOwnOffice_KeepsTheFigure(string sentence) =>
        Assert.Equal(240m, ExtractorHarness.Single(Head + sentence, "computers").Value);

    [Fact]
    public void QuotingABodyWhoseNameOpensLikeAnOffice_StillQuotes()
    {
        // "Tổng cục" opens with the letters of "tổ" (a team) but is another body: the quote stays.
        const string text = Head + "Theo số liệu của Tổng cục Thống kê, trên địa bàn có 18 tổ dân phố với khoảng 21.000 nhân khẩu.\n";
        Assert.Empty(ExtractorHarness.Values(text, "population"));
    }
}
