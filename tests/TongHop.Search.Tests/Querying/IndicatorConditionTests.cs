using TongHop.Search.Querying;

namespace TongHop.Search.Tests.Querying;

public sealed class IndicatorConditionTests
{
    [Theory]
    [InlineData("online_dossier_rate < 50", Comparison.Less, 50)]
    [InlineData("online_dossier_rate<=65,5", Comparison.LessOrEqual, 65.5)]
    [InlineData("online_dossier_rate >= 65.5%", Comparison.GreaterOrEqual, 65.5)]
    [InlineData("bts_stations = 12", Comparison.Equal, 12)]
    [InlineData("bts_stations > 1.234", Comparison.Greater, 1234)]
    public void TryParse_Comparisons(string text, Comparison comparison, double value)
    {
        Assert.True(IndicatorCondition.TryParse(text, out var c));
        Assert.Equal(comparison, c.Comparison);
        Assert.Equal((decimal)value, c.Value);
    }

    [Fact]
    public void TryParse_Between_BoundsIncludedAndOrdered()
    {
        Assert.True(IndicatorCondition.TryParse("bts_stations between 20 and 10", out var c));
        Assert.Equal(new IndicatorCondition("bts_stations", Comparison.Between, 10, 20), c);
        Assert.True(c.Matches(10) && c.Matches(20) && c.Matches(15));
        Assert.False(c.Matches(21) || c.Matches(9));
    }

    [Theory]
    [InlineData("Đảng ủy xã")]
    [InlineData("02-KH/BCĐTW")]
    [InlineData("online_dossier_rate")]
    [InlineData("online_dossier_rate < abc")]
    public void TryParse_Text_NotACondition(string text) => Assert.False(IndicatorCondition.TryParse(text, out _));

    [Fact]
    public void Matches_Less_IsStrict()
    {
        Assert.True(IndicatorCondition.TryParse("x_rate < 50", out var c));
        Assert.True(c.Matches(49.9m));
        Assert.False(c.Matches(50));
    }
}
