using OpenCvSharp;
using TongHop.Reading.Layout;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// A page found showing its back page through is prepared twice: whitened and as it was (<see cref="PagePlan.BackPage"/>),
/// and reading both whole doubled its tesseract time, though the unwhitened reading won on about half of such pages (7
/// of 15 on the hard pairs). So the page is read unwhitened first, and the whitened page only on a probe: the band of the
/// page where the whitening made the most marks inside the words read into paper (a third of its height, its edges moved
/// into the gaps between the first reading's lines, so that no line is cut). The whitened page is read whole only when
/// the page's mean word confidence, the band's words taken from the probe, is not clearly under the first reading's
/// (<see cref="Estimate"/>, <see cref="Margin"/>; <c>Ocr/PageOcr</c>). Thread-safe.
/// </summary>
internal static class BackPageProbe
{
    /// <summary>The probe's share of the page height (before its edges move out of the lines they cut).</summary>
    public const double BandShare = 1.0 / 3;

    /// <summary>
    /// The whitened page is read whole unless its <see cref="Estimate"/> is more than this under the first reading's mean.
    /// On the hard development pairs' eight such pages, the estimate was 3.3–4.0 under where the whitened page then read
    /// 6–7 under, and from 1.7 under (the probe's error) to 9.7 over where it read 0–7 over.
    /// </summary>
    public const double Margin = 2;

    /// <summary>A pixel at least this bright after the whitening is paper.</summary>
    private const int PaperAfter = 245;

    /// <summary>A pixel darker than this before the whitening was a mark (paper reads 220–255 on the pairs' scans).</summary>
    private const int MarkBefore = 205;

    /// <summary>Where <see cref="WriteBand"/> writes the probe beside <paramref name="preparedPath"/>.</summary>
    public static string ProbePath(string preparedPath) => Path.ChangeExtension(preparedPath, ".probe.pgm");

    /// <summary>
    /// The rows [Top, Bottom) of the band where <paramref name="whitenedPath"/> differs most from
    /// <paramref name="unwhitenedPath"/> inside the boxes of <paramref name="words"/> (read on the unwhitened page), widened
    /// so that no word straddles its edges; <c>null</c> when the images cannot be read or differ in size, or the whitening
    /// changed nothing inside the words.
    /// </summary>
    public static (int Top, int Bottom)? Band(string whitenedPath, string unwhitenedPath, IReadOnlyList<WordBox> words)
    {
        using var whitened = Cv2.ImRead(whitenedPath, ImreadModes.Grayscale | ImreadModes.IgnoreOrientation);
        using var unwhitened = Cv2.ImRead(unwhitenedPath, ImreadModes.Grayscale | ImreadModes.IgnoreOrientation);
        if (whitened.Empty() || unwhitened.Empty() || whitened.Size() != unwhitened.Size())
        {
            return null;
        }

        // A mark the whitening made paper: clearly darker than paper before, paper after. (Counting every pixel it changed
        // by much would count the text's own edges, which the stretch darkens, and find the page's densest text.)
        using var paperNow = new Mat();
        Cv2.Threshold(whitened, paperNow, PaperAfter - 1, 1, ThresholdTypes.Binary);
        using var markBefore = new Mat();
        Cv2.Threshold(unwhitened, markBefore, MarkBefore - 1, 1, ThresholdTypes.BinaryInv);
        using var changed = new Mat();
        Cv2.Multiply(paperNow, markBefore, changed);
        // Only the changes inside the words read count: the back page on bare paper is read as nothing either way, and
        // what the whitening can win is where it showed through the page's own lines.
        using var inWords = new Mat(changed.Size(), MatType.CV_8UC1, Scalar.All(0));
        foreach (var w in words)
        {
            inWords.Rectangle(new Rect(w.Left, w.Top, w.Width, w.Height), Scalar.All(1), -1);
        }

        Cv2.Multiply(changed, inWords, changed);
        using var rows = new Mat();
        Cv2.Reduce(changed, rows, ReduceDimension.Column, ReduceTypes.Sum, MatType.CV_32S);
        var counts = new int[rows.Rows];
        for (var y = 0; y < counts.Length; y++)
        {
            counts[y] = rows.At<int>(y, 0);
        }

        return counts.Any(c => c > 0) ? Widen(Densest(counts, Math.Max(1, (int)(counts.Length * BandShare))), words, counts.Length) : null;
    }

    /// <summary>The window of <paramref name="height"/> rows holding the most of <paramref name="counts"/> (the first, on a tie).</summary>
    internal static (int Top, int Bottom) Densest(IReadOnlyList<int> counts, int height)
    {
        height = Math.Min(height, counts.Count);
        long sum = 0;
        for (var y = 0; y < height; y++)
        {
            sum += counts[y];
        }

        var (best, bestTop) = (sum, 0);
        for (var top = 1; top + height <= counts.Count; top++)
        {
            sum += counts[top + height - 1] - counts[top - 1];
            if (sum > best)
            {
                (best, bestTop) = (sum, top);
            }
        }

        return (bestTop, bestTop + height);
    }

    /// <summary>The band moved outwards until no word box straddles its top or bottom edge.</summary>
    internal static (int Top, int Bottom) Widen((int Top, int Bottom) band, IReadOnlyList<WordBox> words, int pageHeight)
    {
        var (top, bottom) = band;
        bool moved;
        do
        {
            moved = false;
            foreach (var w in words)
            {
                if (w.Top < top && w.Top + w.Height > top)
                {
                    (top, moved) = (w.Top, true);
                }

                if (w.Top < bottom && w.Top + w.Height > bottom)
                {
                    (bottom, moved) = (w.Top + w.Height, true);
                }
            }
        }
        while (moved);

        return (Math.Max(0, top - 2), Math.Min(pageHeight, bottom + 2));
    }

    /// <summary>Writes rows [Top, Bottom) of <paramref name="imagePath"/> to <paramref name="outputPath"/> (PGM); false when it cannot be decoded.</summary>
    public static bool WriteBand(string imagePath, (int Top, int Bottom) band, string outputPath)
    {
        using var grey = Cv2.ImRead(imagePath, ImreadModes.Grayscale | ImreadModes.IgnoreOrientation);
        if (grey.Empty() || band.Bottom > grey.Rows || band.Top >= band.Bottom)
        {
            return false;
        }

        using var rows = grey.RowRange(band.Top, band.Bottom);
        Cv2.ImWrite(outputPath, rows);
        return true;
    }

    /// <summary>
    /// The page's mean word confidence were the words of <paramref name="first"/> whose middle lies in the band replaced
    /// by the probe's: what the whitened page would read, where the whitening changed most, with the rest as first read.
    /// A probe that reads nothing (the whitening took the back page's garbage and nothing else) leaves the page's other
    /// words; <c>null</c> when no word is left at all.
    /// </summary>
    public static double? Estimate(IReadOnlyList<WordBox> first, (int Top, int Bottom) band, IReadOnlyList<WordBox> probe)
    {
        var outside = first.Where(w => !InBand(w, band)).ToList();
        var count = outside.Count + probe.Count;
        return count == 0 ? null : (outside.Sum(w => (double)w.Confidence) + probe.Sum(w => (double)w.Confidence)) / count;
    }

    private static bool InBand(WordBox w, (int Top, int Bottom) band) =>
        w.Top + w.Height / 2 >= band.Top && w.Top + w.Height / 2 < band.Bottom;
}
