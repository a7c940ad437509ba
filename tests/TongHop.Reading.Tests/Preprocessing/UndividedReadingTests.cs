using TongHop.Reading.Preprocessing;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class UndividedReadingTests
{
    [Theory]
    [InlineData(35.0, true)]  // broken strokes or a small list among a back page: the whitening broke them
    [InlineData(74.9, true)]
    [InlineData(75.0, false)] // a page that reads fairly well: the undivided page is as often worse after repair
    [InlineData(84.0, false)]
    [InlineData(96.0, false)] // a page that reads well
    public void CanWin_OnlyUnderTheConfidenceBound(double meanConfidence, bool canWin)
    {
        Assert.Equal(canWin, UndividedReading.CanWin(meanConfidence));
    }

    [Fact]
    public void CanWin_APageWithNoWordRead_IsReadUndivided()
    {
        Assert.True(UndividedReading.CanWin(null));
    }
}
