using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class DateLineWordsTests
{
    [Theory]
    [InlineData("Số: 12/2025/QĐ-TTg\t- Hư Yúi, ngày \"thủng 2 ữm -11)-0", "Số: 12/2025/QĐ-TTg\t- Hư Yúi, ngày tháng 2 năm -11)-0")]
    [InlineData("Tư Yốt, ngày, tháng\tnăm 025", "Tư Yốt, ngày tháng\tnăm 025")]
    [InlineData("Hủ Voi, ngày. Š šthàng 2- nũm 20-25", "Hủ Voi, ngày Š tháng 2- năm 20-25")]
    [InlineData("Hà Nội, ngày 30 tháng 12năm 2025", "Hà Nội, ngày 30 tháng 12 năm 2025")]
    [InlineData("HÀ NỘI, NGÀY 3 THÀNG 4 NĂM 2025", "HÀ NỘI, NGÀY 3 THÁNG 4 NĂM 2025")]
    public void HeaderDateLineAfterItsPlace_GetsItsWords(string line, string expected) =>
        Assert.Equal(expected, DateLineWords.RewriteLine(line, header: true));

    [Theory]
    [InlineData("số 03/2025/NĐ-CP ngày 28 tháng 12 nàm 2024", "số 03/2025/NĐ-CP ngày 28 tháng 12 năm 2024")]
    [InlineData("Nghị định số 83/2018/NĐ-CP ngày +4 tháng 5 năm. 3018 của", "Nghị định số 83/2018/NĐ-CP ngày +4 tháng 5 năm 3018 của")]
    public void DateWithItsFigures_GetsItsWordsAnywhere(string line, string expected) =>
        Assert.Equal(expected, DateLineWords.RewriteLine(line, header: false));

    [Theory]
    [InlineData("Căn cứ Bộ luật Hàng hải Việt Nam ngày 25 tháng 11 năm 2015;")]
    [InlineData("Ủy ban nhân dân xã trong quý I năm 2026 được tổng hợp như sau:")]
    [InlineData("2. Ứng dụng công nghệ thông tin trong khám, chữa bệnh")]
    [InlineData("tỉnh sau hợp nhất bảo đảm thông suốt, không làm gián đoạn quyền lợi của người tham")]
    [InlineData("trong thời gian 15 (mười lăm) ngày làm việc” bằng cụm từ")]
    [InlineData("Hà Nội, ngày 05 tháng 02 năm 2025")]
    public void OtherLines_StayAsTheyAre(string line)
    {
        Assert.Equal(line, DateLineWords.RewriteLine(line, header: true));
        Assert.Equal(line, DateLineWords.RewriteLine(line, header: false));
    }

    [Fact]
    public void AHeaderDateLineWithoutFigures_IsMendedOnlyInTheHeader()
    {
        var lines = new string[25];
        Array.Fill(lines, "Nội dung báo cáo");
        lines[2] = "Số: 7/UBND\tHà Nội, ngủv thủng nam 2025";
        lines[22] = "Hà Nội, ngủv thủng nam 2025";

        Assert.Equal([2], DateLineWords.Restore(lines));
        Assert.Equal("Số: 7/UBND\tHà Nội, ngày tháng năm 2025", lines[2]);
        Assert.Equal("Hà Nội, ngủv thủng nam 2025", lines[22]);
    }
}
