using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class BrokenOnesTests
{
    [Theory]
    [InlineData("Nghị định số T38/2021/NĐ-CP ngày 3T tháng 12", "Nghị định số 138/2021/NĐ-CP ngày 31 tháng 12")]
    [InlineData("Bổ sung Điều T1a vào sau Điều 11", "Bổ sung Điều 11a vào sau Điều 11")]
    [InlineData("ngày T4 tháng 5", "ngày 14 tháng 5")]
    public void AOneReadAsTInsideANumber_IsAOne(string line, string expected) =>
        Assert.Equal(expected, BrokenOnes.Restore(line));

    [Theory]
    [InlineData("Quyết định số 104/2000/QĐ-1Tg ngày 25")]
    [InlineData("Số: 12/QĐ-T1g của Thủ tướng")]
    [InlineData("Luật số 59/2020/QHT4 và TT-BTC")]
    [InlineData("Thông tư TT 12 và Tổ T")]
    public void CodesAndWords_KeepTheirLetters(string line) =>
        Assert.Same(line, BrokenOnes.Restore(line));
}
