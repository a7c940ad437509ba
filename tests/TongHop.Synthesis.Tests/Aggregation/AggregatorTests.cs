using TongHop.Core.Indicators;
using TongHop.Synthesis.Aggregation;

namespace TongHop.Synthesis.Tests.Aggregation;

public sealed class AggregatorTests
{
    private static readonly UnitFigure[] Figures =
    [
        new(1, "Xã An Phú", 10),
        new(2, "Phường Trần Phú", 30),
        new(3, "Xã Ba Tơ", 20),
        new(4, "Đặc khu Lý Sơn", 40),
    ];

    [Fact]
    public void Aggregate_Sum_AddsAndRanks()
    {
        var result = Aggregator.Aggregate(AggregateMethod.Sum, Figures);
        Assert.Equal(100m, result.Value);
        Assert.Equal(10m, result.Min);
        Assert.Equal(40m, result.Max);
        Assert.Equal(25m, result.Median);
        Assert.Equal(["Đặc khu Lý Sơn", "Phường Trần Phú", "Xã Ba Tơ", "Xã An Phú"], result.Ranked.Select(f => f.UnitName));
    }

    [Fact]
    public void Aggregate_Mean_RoundsToTwoDecimals()
    {
        var result = Aggregator.Aggregate(AggregateMethod.Mean, [new(1, "A", 1), new(2, "B", 2), new(3, "C", 2)]);
        Assert.Equal(1.67m, result.Value);
        Assert.Equal(2m, result.Median);
    }

    [Fact]
    public void Aggregate_RatioOfSums_WeightsByDenominator()
    {
        // 496/757 and 4/243: the mean of percents (65,5 and 1,6) would be 33,6; the ratio of sums is 50,0.
        var result = Aggregator.Aggregate(AggregateMethod.RatioOfSums, [new(1, "A", 65.5m, 496, 757), new(2, "B", 1.6m, 4, 243)]);
        Assert.Equal(50.0m, result.Value);
        Assert.Equal(2, result.Count);
        Assert.Contains("500/1.000", result.Basis);
    }

    [Fact]
    public void Aggregate_RatioOfSumsWithoutDenominators_FallsBackToMeanAndSaysSo()
    {
        var result = Aggregator.Aggregate(AggregateMethod.RatioOfSums, [new(1, "A", 80), new(2, "B", 90)]);
        Assert.Equal(85m, result.Value);
        Assert.StartsWith("Không đơn vị nào", result.Basis);
    }

    [Fact]
    public void Aggregate_NoFigures_HasNoValue()
    {
        var result = Aggregator.Aggregate(AggregateMethod.Sum, []);
        Assert.Null(result.Value);
        Assert.Null(result.Median);
        Assert.Equal(0, result.Count);
    }

    [Theory]
    [InlineData("sum", AggregateMethod.Sum)]
    [InlineData("mean", AggregateMethod.Mean)]
    [InlineData(" ratio_of_sums ", AggregateMethod.RatioOfSums)]
    public void TryParse_CatalogNames_RoundTrip(string text, AggregateMethod expected)
    {
        Assert.True(AggregateMethods.TryParse(text, out var method));
        Assert.Equal(expected, method);
        Assert.Equal(text.Trim(), method.Name());
    }

    [Fact]
    public void TryParse_Unknown_IsFalse() => Assert.False(AggregateMethods.TryParse("median", out _));
}
