using OpenCvSharp;
using TongHop.Reading.Layout;
using TongHop.Reading.Preprocessing;
using TongHop.Testing;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class BackPageProbeTests
{
    [Fact]
    public void Band_IsWhereTheWhiteningChangedTheWordsMost_MovedOutOfTheLinesItCuts()
    {
        // A 300-row page: the same dark text lines (ink in rows y to y + 12, every 30 rows from 20; a word's box 4 rows
        // more each side) on both images; the unwhitened one also has faint marks (a back page) in rows 180–256 only,
        // which the whitened one made paper.
        using var whitened = new Mat(300, 200, MatType.CV_8UC1, Scalar.All(255));
        var words = new List<WordBox>();
        for (var y = 20; y < 290; y += 30)
        {
            whitened.Rectangle(new Rect(10, y, 150, 12), Scalar.All(0), -1);
            words.Add(new WordBox(0, 4, 10, y - 4, 150, 20, 90));
        }

        using var unwhitened = whitened.Clone();
        for (var y = 180; y < 260; y += 4)
        {
            unwhitened.Line(new Point(5, y), new Point(195, y), Scalar.All(180), 1);
        }

        using var w = new TempFile(whitened.ImEncode(".png"), ".png");
        using var u = new TempFile(unwhitened.ImEncode(".png"), ".png");

        // Made paper inside the words (not on their ink, which stays dark): rows 184, 196, 212, 228, 244, 256, so the
        // densest 100-row window is 157–257; a word at 150–170 straddles its top (and then the line at 136–156), the
        // line at 256–276 its bottom.
        var band = BackPageProbe.Band(w.Path, u.Path, [.. words, new WordBox(0, 4, 170, 150, 20, 20, 90)]);

        Assert.NotNull(band);
        var (top, bottom) = band.Value;
        Assert.True(top <= 136 && bottom >= 276, $"band {top}–{bottom} cuts a word");
        Assert.True(bottom - top < 150, $"band {top}–{bottom} is not a probe");

        // The faint marks only on bare paper (no word there): nothing to probe.
        Assert.Null(BackPageProbe.Band(w.Path, u.Path, words.Where(x => x.Top < 160).ToList()));
    }

    [Fact]
    public void Band_ImagesOfDifferentSizes_GiveNone()
    {
        using var a = new Mat(100, 100, MatType.CV_8UC1, Scalar.All(255));
        using var b = new Mat(120, 100, MatType.CV_8UC1, Scalar.All(255));
        using var fa = new TempFile(a.ImEncode(".png"), ".png");
        using var fb = new TempFile(b.ImEncode(".png"), ".png");

        Assert.Null(BackPageProbe.Band(fa.Path, fb.Path, []));
    }

    [Fact]
    public void Densest_FindsTheHeaviestWindow()
    {
        int[] counts = [0, 1, 0, 5, 6, 0, 1, 0, 0, 9];
        Assert.Equal((3, 5), BackPageProbe.Densest(counts, 2));
        Assert.Equal((0, 10), BackPageProbe.Densest(counts, 20));
    }

    [Fact]
    public void Widen_MovesEachEdgeToTheWordItCuts_AndAgainForAWordThatWordReaches()
    {
        WordBox[] words = [new(0, 1, 0, 90, 10, 20, 90), new(0, 1, 0, 80, 10, 15, 90), new(0, 1, 0, 195, 10, 10, 90)];

        var (top, bottom) = BackPageProbe.Widen((100, 200), words, 1000);

        Assert.Equal(78, top); // 90 cut by 100, then 80 cut by 90; 2 rows of margin
        Assert.Equal(207, bottom);
    }

    [Fact]
    public void Estimate_ReplacesTheBandsWordsByTheProbes()
    {
        // Two words outside the band (90, 80), two inside it (20, 30: the back page read as garbage).
        WordBox[] first = [new(0, 1, 0, 10, 10, 10, 90), new(0, 1, 0, 300, 10, 10, 80), new(0, 1, 0, 120, 10, 10, 20), new(0, 1, 0, 150, 10, 10, 30)];
        WordBox[] probe = [new(0, 1, 0, 20, 10, 10, 70)];

        Assert.Equal(80, BackPageProbe.Estimate(first, (100, 200), probe));
        // The probe read nothing there: the page is its other words.
        Assert.Equal(85, BackPageProbe.Estimate(first, (100, 200), []));
        Assert.Null(BackPageProbe.Estimate(first.Skip(2).ToList(), (100, 200), []));
    }

    [Fact]
    public void WriteBand_WritesTheRowsOfTheBand()
    {
        using var page = new Mat(100, 50, MatType.CV_8UC1, Scalar.All(255));
        page.Rectangle(new Rect(0, 40, 50, 10), Scalar.All(0), -1);
        using var input = new TempFile(page.ImEncode(".png"), ".png");
        using var output = new TempFile([], ".pgm");

        Assert.True(BackPageProbe.WriteBand(input.Path, (35, 55), output.Path));

        using var band = Cv2.ImRead(output.Path, ImreadModes.Grayscale);
        Assert.Equal(new Size(50, 20), band.Size());
        Assert.Equal(255, band.At<byte>(0, 10));
        Assert.Equal(0, band.At<byte>(5, 10));
        Assert.Equal(255, band.At<byte>(19, 10));
        Assert.False(BackPageProbe.WriteBand(input.Path, (90, 120), output.Path));
    }
}
