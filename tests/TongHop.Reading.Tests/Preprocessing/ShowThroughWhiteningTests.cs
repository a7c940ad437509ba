using TongHop.Reading.Preprocessing;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class ShowThroughWhiteningTests
{
    [Theory]
    [InlineData(35.0, true)]  // the back page read as garbage
    [InlineData(62.0, true)]
    [InlineData(64.0, false)] // a photocopy's own faint strokes: the whitening breaks them
    [InlineData(84.0, false)]
    [InlineData(89.9, false)]
    [InlineData(90.0, true)]  // a clean page: the whitening takes a few specks
    [InlineData(96.0, true)]
    public void CanWin_OutsideTheMiddleBandOnly(double meanConfidence, bool canWin)
    {
        Assert.Equal(canWin, ShowThroughWhitening.CanWin(meanConfidence));
    }

    [Fact]
    public void CanWin_APageWithNoWordRead_IsReadWhitened()
    {
        Assert.True(ShowThroughWhitening.CanWin(null));
    }
}
