using TongHop.Checks.Indicators;

namespace TongHop.Checks.Tests.Indicators;

public sealed class RatioMismatchCheckTests
{
    [Theory]
    [InlineData("Có 496/757 hồ sơ thực hiện trực tuyến, đạt tỷ lệ 65,5%.")]
    [InlineData("Có 496/757 hồ sơ thực hiện trực tuyến, đạt tỷ lệ 66%.")]
    [InlineData("Đã đăng ký tài khoản: 336/336 đối tượng, đạt tỷ lệ 100%.")]
    [InlineData("Xã đạt 85,3% (29/34 tiêu chí).")]
    public void Check_AcceptsAPercentThatRoundsTheRatio(string text) =>
        Assert.Empty(new RatioMismatchCheck().Check(CheckHarness.Context(text)));

    [Fact]
    public void Check_FlagsAStatedPercentTheRatioDoesNotGive()
    {
        var finding = Assert.Single(new RatioMismatchCheck().Check(CheckHarness.Context("Có 496/757 hồ sơ trực tuyến, đạt tỷ lệ 70%.")));
        Assert.Equal("ratio-mismatch", finding.Code);
        Assert.Equal("496/757 = 65,5%, khác với 70% đã nêu.", finding.Message);
        Assert.NotNull(finding.Span);
    }

    [Fact]
    public void Check_IgnoresAPercentInAnotherSentence() =>
        Assert.Empty(new RatioMismatchCheck().Check(CheckHarness.Context("Có 07/15 cụm loa. Tỷ lệ phủ sóng đạt 100%.")));
}
