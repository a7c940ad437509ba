using TongHop.Core.Extraction;
using TongHop.Text.Numbers;

namespace TongHop.Text.Tests.Numbers;

public sealed class QuantityScannerTests
{
    [Theory]
    [InlineData("Tỷ lệ phủ sóng đạt 85,3%.", "85.3", Measure.Percent)]
    [InlineData("tổng kinh phí là 7.630.404.000 đồng", "7630404000", Measure.Money)]
    [InlineData("với số tiền 100.000.000đ (theo", "100000000", Measure.Money)]
    [InlineData("dự toán 1,2 tỷ đồng cho", "1200000000", Measure.Money)]
    [InlineData("Tổng kinh phí năm 2025 là 1 tỷ 250 triệu đồng.", "1250000000", Measure.Money)]
    [InlineData("thu được 3 triệu 500 nghìn đồng tiền phí", "3500000", Measure.Money)]
    [InlineData("có tổng dân số 18.009 người", "18009", Measure.Number)]
    [InlineData("mạng Internet: 06 đường truyền", "6", Measure.Number)]
    [InlineData("có diện tích tự nhiên 46,046 km2, dân số", "46.046", Measure.Area)]
    [InlineData("diện tích 4.604,6 ha", "46.046", Measure.Area)]
    [InlineData("Có 496/757 hồ sơ phát sinh", "65.5", Measure.Fraction)]
    [InlineData("hiện tại có 07/15 cụm loa", "46.7", Measure.Fraction)]
    [InlineData("có 12/12 thôn đã", "100", Measure.Fraction)]
    [InlineData("Đến ngày 17/19 thôn, bản đã có sóng 4G", "89.5", Measure.Fraction)]
    [InlineData("có 496 hồ sơ trên tổng số 757 hồ sơ", "65.5", Measure.Fraction)]
    [InlineData("ký số 310 văn bản đi trong tổng số 320 văn bản", "96.9", Measure.Fraction)]
    [InlineData("có 45 hồ sơ được giải quyết qua mạng trên tổng số 60 hồ sơ", "75", Measure.Fraction)]
    [InlineData("có 18 trong số 24 viên chức đã học", "75", Measure.Fraction)]
    [InlineData("đạt 85.3% kế hoạch", "85.3", Measure.Percent)]
    [InlineData("đạt 90 phần trăm", "90", Measure.Percent)]
    [InlineData("với 1980 người tham gia", "1980", Measure.Number)]
    public void Scan_ReadsOneQuantity(string text, string value, Measure measure)
    {
        var quantity = Assert.Single(QuantityScanner.Scan(text));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), quantity.Value);
        Assert.Equal(measure, quantity.Measure);
    }

    [Theory]
    // Two amounts each with its money word, or a scale word after a count, are not one amount in two scales.
    [InlineData("ngân sách tỉnh 1 tỷ đồng, ngân sách xã 250 triệu đồng")]
    [InlineData("hỗ trợ 2 tỷ 15 người")]
    public void Scan_KeepsAmountsApartUnlessWrittenInTwoScales(string text) =>
        Assert.Equal(2, QuantityScanner.Scan(text).Count);

    [Fact]
    public void Scan_KeepsNumeratorAndDenominatorOfAFraction()
    {
        var quantity = Assert.Single(QuantityScanner.Scan("hoàn thành 29/34 tiêu chí"));
        Assert.Equal((29m, 34m), (quantity.Numerator, quantity.Denominator));
        Assert.Equal("tiêu chí", quantity.Noun);
    }

    [Theory]
    [InlineData("năm 2025", "the year")]
    [InlineData("Kế hoạch số 359-KH/TU ngày 29/4/2025 của Ban", "document number and date")]
    [InlineData("Kế hoạch số 02/KH-BCĐ ngày 15/5/2025", "document number with slash")]
    [InlineData("Công văn số 639/\nSKHCN-BCVT&CĐS", "document number cut by a line break")]
    [InlineData("Công văn số 46/UBND-VHXH ngày 18/72025 của UBND", "date without its slash")]
    [InlineData("ngày 29/\n4/2025 của Ban", "date cut by a line break")]
    [InlineData("Nghị quyết số 57- NQ/TW và 57 -NQ/TW", "document numbers with spaced hyphens")]
    [InlineData("triển khai Đề án 06 và Nghị quyết 57", "project and resolution names")]
    [InlineData("theo Kế hoạch số 02 của Ban chỉ đạo", "plan number")]
    [InlineData("quy định tại Điều 5, khoản 2 Thông tư", "clause references")]
    [InlineData("Kết luận Phiên họp lần thứ 1 của Ban", "ordinal")]
    [InlineData("chậm nhất vào lúc 14 giờ 00 phút ngày 22/9/2025", "time and date")]
    [InlineData("Điện thoại: 0255 3822 117", "phone number")]
    [InlineData("Liên hệ 0914.123.456", "dotted phone number")]
    [InlineData("dịp Lễ Quốc khánh 02/9.", "day and month")]
    [InlineData("sự cố tháng 10/2025.", "month and year")]
    [InlineData("giai đoạn 2021-2025", "range of years")]
    [InlineData("định hướng đến 2030", "bare year")]
    [InlineData("\n5\nUBND xã phân bổ", "page number")]
    [InlineData("\n- 3 -\n", "decorated page number")]
    [InlineData("\n2.1. Hệ thống quản lý văn bản", "section number")]
    [InlineData("\n3. Kinh tế số", "section number with one level")]
    [InlineData("mạng 4G và 5G, nq57.vn, Covid-19", "numbers glued to letters")]
    [InlineData("cách mạng công nghiệp 4.0", "version number")]
    [InlineData("Nghị định 42/2022/NĐ-CP", "decree number")]
    public void Scan_SkipsNumbersThatAreNotQuantities(string text, string because) =>
        Assert.True(QuantityScanner.Scan(text).Count == 0, because);

    [Theory]
    [InlineData("dân số gần 56.000 người", Qualifier.Approximately)]
    [InlineData("có tổng dân số trên 18.009 người", Qualifier.GreaterThan)]
    [InlineData("với khoảng 600 cán bộ", Qualifier.Approximately)]
    [InlineData("hơn 80 người tham gia", Qualifier.GreaterThan)]
    [InlineData("Bố trí tối thiểu 3% tổng chi", Qualifier.GreaterThan)]
    [InlineData("ít nhất 5 lớp", Qualifier.GreaterThan)]
    [InlineData("không ít hơn 8 lớp", Qualifier.GreaterThan)]
    [InlineData("ít hơn 8 lớp", Qualifier.LessThan)]
    [InlineData("dưới 10% hồ sơ", Qualifier.LessThan)]
    [InlineData("đạt gần 70%", Qualifier.Approximately)]
    [InlineData("dan so gan 56.000 nguoi", Qualifier.Approximately)]
    [InlineData("voi khoang 600 can bo", Qualifier.Approximately)]
    [InlineData("tren 541 van ban", Qualifier.GreaterThan)]
    [InlineData("trên dưới 100 người", Qualifier.Approximately)]
    [InlineData("có 74 máy tính", Qualifier.Exact)]
    public void Scan_ReadsTheQualifier(string text, Qualifier expected) =>
        Assert.Equal(expected, Assert.Single(QuantityScanner.Scan(text)).Qualifier);

    [Theory]
    [InlineData("hiện có 74 máy tính, 60 máy in", "máy tính")]
    [InlineData("Đánh giá thực trạng: 13 máy tính cấu hình cũ, không", "máy tính cấu hình cũ")]
    [InlineData("có 60 tài khoản được đồng bộ", "tài khoản")]
    [InlineData("Toàn xã có 11 trạm phát sóng", "trạm phát sóng")]
    [InlineData("hiện có mặt 64 (bao gồm", "")]
    [InlineData("15 tổ\ncông nghệ số", "tổ công nghệ số")]
    public void Scan_ReadsTheNounPhraseAfterTheNumber(string text, string noun) =>
        Assert.Equal(noun, QuantityScanner.Scan(text)[0].Noun);

    [Fact]
    public void Scan_ReadsEveryQuantityOfAListWithSpans()
    {
        const string text = "Toàn xã có 11 trạm phát sóng (BTS), trong đó: VNPT 02 trạm, Viettel 09 trạm.";
        var quantities = QuantityScanner.Scan(text);
        Assert.Equal([11m, 2m, 9m], quantities.Select(q => q.Value));
        Assert.Equal("02", quantities[1].Span.Slice(text));
    }

    [Fact]
    public void Scan_DoesNotThrowOnHostileInput()
    {
        var hostile = string.Concat(Enumerable.Repeat("1/2/3.4,5-6%đ 0000 / ", 5_000)) + new string('9', 500);
        var quantities = QuantityScanner.Scan(hostile);
        Assert.NotNull(quantities);
    }

    [Theory]
    // A range in words after "từ" is its lower bound, at least ("từ 85-90%" is read the same way).
    [InlineData("phấn đấu từ 80 đến 85% học sinh", 80, Measure.Percent)]
    [InlineData("lắp đặt từ 3 tới 5 trạm", 3, Measure.Number)]
    public void Scan_ReadsARangeInWordsAsItsLowerBound(string text, double low, Measure measure)
    {
        var quantity = Assert.Single(QuantityScanner.Scan(text));
        Assert.Equal((decimal)low, quantity.Value);
        Assert.Equal(measure, quantity.Measure);
        Assert.Equal(Qualifier.GreaterThan, quantity.Qualifier);
    }

    [Fact]
    public void Scan_KeepsTwoNumbersJoinedByĐếnWithoutTừ() =>
        Assert.Equal(2, QuantityScanner.Scan("mỗi quý tổ chức 12 đến 15 cuộc họp").Count);
}
