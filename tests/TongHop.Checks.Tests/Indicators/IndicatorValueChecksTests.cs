using TongHop.Checks.Indicators;
using TongHop.Core.Indicators;

namespace TongHop.Checks.Tests.Indicators;

public sealed class IndicatorValueChecksTests
{
    [Theory]
    [InlineData("120", true)]
    [InlineData("100", false)]
    [InlineData("65.5", false)]
    public void PercentOver100_FlagsOnlySharesAbove100(string value, bool flagged)
    {
        var indicator = CheckHarness.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        var findings = new PercentOver100Check().Check(CheckHarness.Context("x", [indicator])).ToList();
        Assert.Equal(flagged, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal(("percent-over-100", "online_dossier_rate"), (f.Code, f.About)));
    }

    [Fact]
    public void PercentOver100_LeavesCountsAlone()
    {
        var count = CheckHarness.Percent(541) with { Unit = MeasureUnit.Count, Key = "portal_documents" };
        Assert.Empty(new PercentOver100Check().Check(CheckHarness.Context("x", [count])));
    }

    [Fact]
    public void NumeratorOverDenominator_FlagsAPartLargerThanItsWhole()
    {
        var finding = Assert.Single(new NumeratorOverDenominatorCheck().Check(CheckHarness.Context("x", [CheckHarness.Percent(120, 12, 10)])));
        Assert.Equal("Tử số 12 lớn hơn mẫu số 10 (12/10): phần không thể lớn hơn tổng.", finding.Message);
    }

    [Fact]
    public void NumeratorOverDenominator_AcceptsAWholePart() =>
        Assert.Empty(new NumeratorOverDenominatorCheck().Check(CheckHarness.Context("x", [CheckHarness.Percent(100, 336, 336)])));
}
