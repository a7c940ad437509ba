namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Sentences written for the rarer indicators of the catalog and for ordinary labels (session 22's lead): wordings the
/// catalog did not know, a count word before a label's unit word ("Số thôn: 25"), and villages, whose phrasings only say
/// where a count of them stands, read only where a unit word names them.
/// </summary>
public sealed class CatalogWordingsSessionTwentyTwoTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ THỰC HIỆN\n";

    [Theory]
    [InlineData("Số máy tính hiện có: 52.")]
    [InlineData("Số máy in hiện có là 52.")]
    [InlineData("Số văn bản hiện có: 52.")]
    [InlineData("Số bản sao: 25.")]
    public void ABareNumberAfterACommunesWords_IsNoCountOfVillages(string sentence) =>
        Assert.Empty(ExtractorHarness.Values(Head + sentence + "\n", "villages"));

    [Theory]
    [InlineData("Số thôn: 25.")]
    [InlineData("Tổng số thôn, bản: 25")]
    [InlineData("Số thôn, tổ dân phố hiện có: 25.")]
    [InlineData("Xã có 25 thôn.")]
    [InlineData("- Số đơn vị hành chính cấp thôn: 25")]
    public void VillagesNamedByAUnitWord_AreRead(string sentence) =>
        Assert.Equal(25m, ExtractorHarness.Single(Head + sentence + "\n", "villages").Value);

    // Review of session 22: a count word before a kind of the thing ("xách tay") counts that kind, not the whole.
    [Theory]
    [InlineData("Số máy tính hư hỏng: 4.")]
    [InlineData("- Số máy tính xách tay: 12.")]
    public void ACountWordBeforeANarrowedThing_CountsNothing(string sentence) =>
        Assert.Empty(ExtractorHarness.Values(Head + sentence + "\n", "computers"));

    [Theory]
    [InlineData("adults_digital_services", "Tỷ lệ người dân từ 15 tuổi trở lên có sử dụng dịch vụ số đạt 72%.", 72)]
    [InlineData("online_fee_payment_procedures", "Số thủ tục hành chính cho phép nộp phí, lệ phí qua mạng: 21 thủ tục.", 21)]
    [InlineData("official_email_accounts", "Số tài khoản thư công vụ đang sử dụng: 64 tài khoản.", 64)]
    [InlineData("cashless_social_benefits", "Tỷ lệ chi trả trợ cấp xã hội hằng tháng qua tài khoản đạt 96%.", 96)]
    [InlineData("bts_stations", "Các nhà mạng đã lắp đặt 12 cột phát sóng di động trên địa bàn.", 12)]
    [InlineData("internet_lines", "Hiện có 3 kênh Internet tốc độ cao (FTTH) phục vụ công việc.", 3)]
    [InlineData("portal_news", "Đăng tải 96 bản tin trên trang thông tin điện tử xã.", 96)]
    [InlineData("computers", "Cơ quan được trang bị 36 bộ máy vi tính để bàn phục vụ chuyên môn.", 36)]
    public void WordingsTheCatalogDidNotKnow_AreRead(string key, string sentence, int value) =>
        Assert.Equal(value, ExtractorHarness.Single(Head + sentence + "\n", key).Value);

    [Theory]
    [InlineData("internet_lines", "Đài phát thanh tỉnh phát sóng 3 kênh truyền hình.")]
    [InlineData("internet_lines", "Trung tâm duy trì 03 kênh thông tin trên Internet gồm Cổng thông tin điện tử, trang mạng xã hội và Zalo.")]
    [InlineData("bts_stations", "Khu vực có 12 cột điện hạ thế cần di dời.")]
    [InlineData("portal_news", "Phòng đã phát hành 96 bản tin nội bộ dạng giấy.")]
    [InlineData("bts_stations", "Số trạm y tế: 5.")]
    public void TheSameWordsOfAnotherThing_AreNotRead(string key, string sentence) =>
        Assert.Empty(ExtractorHarness.Values(Head + sentence + "\n", key));

    [Theory]
    [InlineData("Diện tích gieo trồng lúa cả năm đạt 1.250 ha.")]
    [InlineData("Diện tích rừng trồng mới trong năm: 120 ha.")]
    [InlineData("Diện tích nuôi trồng thủy sản 85 ha.")]
    public void AnAreaOfCropsOrForest_IsNoNaturalArea(string sentence) =>
        Assert.Empty(ExtractorHarness.Values(Head + sentence + "\n", "area_km2"));

    [Fact]
    public void TheNaturalAreaBeforeItsFarmland_StaysTheArea() =>
        Assert.Equal(45.2m, ExtractorHarness.Single(Head + "Xã có diện tích tự nhiên 45,2 km2, trong đó đất nông nghiệp 30 km2.\n", "area_km2").Value);

    [Theory]
    [InlineData("staff_total", "Cán bộ, viên chức, người lao động (người) 42938374")]
    [InlineData("computers", "Máy tính đang sử dụng: 1052034 máy.")]
    public void CellsOfARowRunTogether_AreNoCount(string key, string line) =>
        Assert.Empty(ExtractorHarness.Values(Head + line + "\n", key));

    [Fact]
    public void AGroupedLargeCount_StaysACount() =>
        Assert.Equal(1_052_034m, ExtractorHarness.Single(Head + "Dân số của tỉnh là 1.052.034 người.\n", "population").Value);
}
