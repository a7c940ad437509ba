using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class CasePatternTests
{
    [Theory]
    [InlineData("TONG", "tổng", "TỔNG")]
    [InlineData("Pang", "đảng", "Đảng")]
    [InlineData("S6", "số", "Số")]
    [InlineData("hién", "hiện", "hiện")]
    [InlineData("PAO", "đạo", "ĐẠO")]
    [InlineData("1ap", "lập", "lập")]
    public void Apply_CopiesTheOcrTokensCase(string ocr, string word, string expected) =>
        Assert.Equal(expected, CasePattern.Apply(ocr, word));
}
