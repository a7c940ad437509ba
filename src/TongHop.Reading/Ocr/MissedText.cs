using OpenCvSharp;
using TongHop.Reading.Layout;

namespace TongHop.Reading.Ocr;

/// <summary>
/// How much of a page's text tesseract's page segmentation left out. On a photographed photocopy (200 dpi, a toner
/// streak down the page) tesseract's automatic segmentation (<c>--psm 3</c>) takes whole paragraphs, or the right
/// half of every line, for a picture and returns no words there, while reading the page as one block of text
/// (<c>--psm 6</c>) gets them. Measured on the image tesseract read: the ink that is shaped like letters (connected
/// marks about a word's height high and at most a few heights wide; specks, rules, streaks, seals and signatures
/// are larger or smaller) and lies outside every word's box, as a share of all such ink. Thread-safe.
/// </summary>
internal static class MissedText
{
    /// <summary>
    /// From this share of letter-shaped ink outside the words read, the page is read again as one block. On the hard
    /// development pairs the page that had lost paragraphs measured 0.26; pages read whole 0–0.14 (signatures, seals and
    /// handwriting are letter-shaped too), and reading those as one block made them worse (it runs the header's and the
    /// signature block's columns together), even where it found a few more confident letters.
    /// </summary>
    public const double RereadShare = 0.2;

    /// <summary>The second reading is kept only with this many times the first's confident letters.</summary>
    public const double RereadGain = 1.2;

    /// <summary>
    /// The share (0–1) of the letter-shaped ink of <paramref name="imagePath"/> that lies outside the boxes of
    /// <paramref name="words"/>; <c>null</c> when the image cannot be decoded or holds too few words to tell.
    /// </summary>
    public static double? Share(string imagePath, PageWords words)
    {
        var heights = words.Words.Select(w => w.Height).Where(h => h > 0).Order().ToList();
        if (heights.Count < 5 || words.Width <= 0)
        {
            return null;
        }

        // Half size is plenty to see letters (a 200 dpi line is still 10 pixels high) and a quarter of the work.
        using var grey = Cv2.ImRead(imagePath, ImreadModes.ReducedGrayscale2 | ImreadModes.IgnoreOrientation);
        if (grey.Empty())
        {
            return null;
        }

        var scale = grey.Width / (double)words.Width;
        var height = heights[heights.Count / 2] * scale;
        if (height < 4)
        {
            return null;
        }

        using var ink = new Mat();
        Cv2.Threshold(grey, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        var all = LetterInk(ink, height);
        if (all == 0)
        {
            return null;
        }

        var marginX = (int)Math.Ceiling(height * 0.3);
        var marginY = (int)Math.Ceiling(height * 0.4);
        foreach (var word in words.Words)
        {
            var box = new Rect(
                (int)(word.Left * scale) - marginX, (int)(word.Top * scale) - marginY,
                (int)Math.Ceiling(word.Width * scale) + (2 * marginX), (int)Math.Ceiling(word.Height * scale) + (2 * marginY));
            Cv2.Rectangle(ink, box, Scalar.Black, -1);
        }

        return LetterInk(ink, height) / (double)all;
    }

    // The pixels of the connected marks shaped like letters: a quarter to 1.6 word heights high, at most 2.5 wide,
    // and not a speck.
    private static long LetterInk(Mat ink, double height)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(ink, labels, stats, centroids, PixelConnectivity.Connectivity8);
        var minArea = Math.Max(3, height * height * 0.03);
        long sum = 0;
        for (var i = 1; i < count; i++)
        {
            var w = stats.At<int>(i, (int)ConnectedComponentsTypes.Width);
            var h = stats.At<int>(i, (int)ConnectedComponentsTypes.Height);
            var area = stats.At<int>(i, (int)ConnectedComponentsTypes.Area);
            if (h >= height * 0.25 && h <= height * 1.6 && w <= height * 2.5 && area >= minArea)
            {
                sum += area;
            }
        }

        return sum;
    }
}
