using TongHop.Checks.Indicators;

namespace TongHop.Checks.Tests.Indicators;

public sealed class PartsSumMismatchCheckTests
{
    [Theory]
    [InlineData("Toàn xã có 11 trạm phát sóng (BTS), trong đó: VNPT 02 trạm, Viettel 09 trạm.")]
    [InlineData("Tổng số 64 cán bộ (bao gồm 05 viên chức của Trung tâm).")]
    [InlineData("Mạng Internet: 06 đường truyền, cụ thể: VNPT 04 đường truyền, 03 ở Trụ sở.")]
    public void Check_AcceptsPartsThatAddUpOrAreNotABreakdown(string text) =>
        Assert.Empty(new PartsSumMismatchCheck().Check(CheckHarness.Context(text)));

    [Fact]
    public void Check_FlagsPartsThatDoNotAddUp()
    {
        var text = "Toàn xã có 11 trạm phát sóng (BTS), trong đó: VNPT 02 trạm, Viettel 08 trạm.";
        var finding = Assert.Single(new PartsSumMismatchCheck().Check(CheckHarness.Context(text)));
        Assert.Equal("parts-sum-mismatch", finding.Code);
        Assert.Equal("Các phần 2 + 8 = 10 trạm phát sóng, khác với tổng 11 trạm phát sóng đã nêu.", finding.Message);
    }
}
