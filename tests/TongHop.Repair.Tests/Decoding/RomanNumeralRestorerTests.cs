namespace TongHop.Repair.Tests.Decoding;

public sealed class RomanNumeralRestorerTests
{
    [Theory]
    [InlineData("bdo cdo két qua chuyén doi so quy 111 nam 2025", "báo cáo kết quả chuyển đổi số quý III năm 2025")]
    [InlineData("1. CONG TAC LANH PAO, CHI PAO", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")]
    [InlineData("111. PE XUAT, KIEN NGHI", "III. ĐỀ XUẤT, KIẾN NGHỊ")]
    public void Repair_ReadsRunsOfOnesAsRomanNumeralsWhereOnlyThoseAreWritten(string ocr, string expected) =>
        Assert.Equal(expected, VietnameseTextRepairer.Default.Repair(ocr).Restored);

    [Fact]
    public void Repair_ReadsTheQuarterAsRomanAndTheWordBeforeItAsQuy() =>
        Assert.EndsWith("so với quý II.", VietnameseTextRepairer.Default.Repair("a) Ty 1é ho so truc tuyén dat 85,3%, tang 4,1% so voi quy 11.").Restored, StringComparison.Ordinal);

    [Theory]
    [InlineData("1. Ban hanh van ban chi dao", "1. Ban hành văn bản chỉ đạo")]
    [InlineData("Chi tiéu 11 nam 2025 dat 111 hd so", "11")]
    [InlineData("két qua quy 1 nam 2025", "quý 1 năm")]
    public void Repair_KeepsArabicNumbersElsewhere(string ocr, string expectedPart) =>
        Assert.Contains(expectedPart, VietnameseTextRepairer.Default.Repair(ocr).Restored, StringComparison.Ordinal);
}
