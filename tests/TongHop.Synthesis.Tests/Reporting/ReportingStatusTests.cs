using TongHop.Synthesis.Reporting;

namespace TongHop.Synthesis.Tests.Reporting;

public sealed class ReportingStatusTests
{
    private static readonly DateTime Deadline = new(2025, 9, 22, 7, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(-60, 0, ReportingState.OnTime)]
    [InlineData(0, 0, ReportingState.OnTime)]
    [InlineData(1, 120, ReportingState.Late)]
    public void Of_Received_ComparesWithDeadline(int receivedMinutes, int nowMinutes, ReportingState expected) =>
        Assert.Equal(expected, ReportingStatus.Of(Deadline, Deadline.AddMinutes(receivedMinutes), Deadline.AddMinutes(nowMinutes)));

    [Fact]
    public void Of_NothingBeforeDeadline_IsNotYetDue() =>
        Assert.Equal(ReportingState.NotYetDue, ReportingStatus.Of(Deadline, null, Deadline.AddHours(-1)));

    [Fact]
    public void Of_NothingAfterDeadline_IsMissing() =>
        Assert.Equal(ReportingState.Missing, ReportingStatus.Of(Deadline, null, Deadline.AddSeconds(1)));

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2025-07-01", null, true)]
    [InlineData("2025-10-01", null, false)]
    [InlineData(null, "2025-06-30", false)]
    [InlineData(null, "2025-09-22", true)]
    [InlineData(null, "2025-08-15", true)]
    [InlineData(null, "2025-07-01", true)]
    public void IsExpected_OpenedByDeadline_NotClosedBeforePeriodStart(string? opened, string? closed, bool expected) =>
        Assert.Equal(expected, ReportingStatus.IsExpected(Parse(opened), Parse(closed), new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 22)));

    [Fact]
    public void Rates_CountOnlyReceivedAgainstExpected()
    {
        var rates = ReportingRates.From([ReportingState.OnTime, ReportingState.OnTime, ReportingState.Late, ReportingState.Missing]);
        Assert.Equal(75.0m, rates.ReportingRate);
        Assert.Equal(50.0m, rates.OnTimeRate);
        Assert.Equal(3, rates.Received);
    }

    [Fact]
    public void Rates_NoExpectedUnits_AreZero() => Assert.Equal(0m, ReportingRates.From([]).ReportingRate);

    private static DateOnly? Parse(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
