using OpenCvSharp;
using TongHop.Reading.Preprocessing;
using TongHop.Testing;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class BrokenStrokesTests
{
    [Fact]
    public void Widen_ClosesGapsOfTwoPixelsInAStrokeAndKeepsPaperAwayFromIt()
    {
        // A one-pixel horizontal stroke broken every 6 pixels by a 2-pixel gap, as a photocopy of a photocopy breaks it.
        using var page = new Mat(40, 120, MatType.CV_8UC1, Scalar.All(255));
        for (var x = 12; x < 110; x++)
        {
            if (x % 6 is not (4 or 5))
            {
                page.Set(20, x, (byte)0);
            }
        }

        using var input = new TempFile(page.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        Assert.True(BrokenStrokes.Widen(input.Path, output.Path));

        using var widened = Cv2.ImRead(output.Path, ImreadModes.Grayscale);
        Assert.Equal(page.Size(), widened.Size());
        for (var x = 12; x < 110; x++)
        {
            Assert.True(widened.At<byte>(20, x) == 0, $"gap left at x = {x}");
            Assert.True(widened.At<byte>(19, x) == 0 && widened.At<byte>(21, x) == 0, $"stroke not widened at x = {x}");
        }

        // Paper two pixels away from the stroke stays paper.
        Assert.Equal(255, widened.At<byte>(17, 50));
        Assert.Equal(255, widened.At<byte>(23, 50));
        Assert.Equal(255, widened.At<byte>(20, 5));
    }

    [Fact]
    public void Widen_AnUndecodableImage_IsRefused()
    {
        using var input = new TempFile("not an image"u8.ToArray(), ".png");
        using var output = new TempFile([], ".pgm");

        Assert.False(BrokenStrokes.Widen(input.Path, output.Path));
    }

    [Fact]
    public void WidenedPath_SitsBesideThePreparedPage()
    {
        Assert.Equal(Path.Combine("w", "page-0001.prepared.widened.pgm"), BrokenStrokes.WidenedPath(Path.Combine("w", "page-0001.prepared.pgm")));
    }
}
