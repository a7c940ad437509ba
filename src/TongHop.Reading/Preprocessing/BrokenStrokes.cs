using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// A page whose strokes are broken (a photocopy of a photocopy: thin strokes broken into dots, the letters' joins and
/// crossbars gone) reads badly, and tesseract is unsure of it. Such a page is read a second time with its ink widened
/// by one pixel on every side (a 3×3 grey minimum: a dark pixel's neighbours darken), which closes gaps of a pixel or
/// two inside a stroke, and the reading tesseract is surer of is kept (<c>Ocr/PageOcr</c>). Thread-safe.
/// </summary>
internal static class BrokenStrokes
{
    /// <summary>
    /// A page is read again widened only when its first reading's mean word confidence is under this (tesseract's "reads
    /// badly", as for the orientation retry). On the hard development pairs the pages of broken strokes read 35–60; pages
    /// reading 65–85 (a signature page's small type, a photocopy's thin strokes) were as often made worse as better by
    /// the widening, though tesseract was a little surer of them; clean pages read 90–96 and lose letters widened.
    /// </summary>
    public const double RereadBelowConfidence = 60;

    /// <summary>Where <see cref="Widen"/> writes the page beside <paramref name="preparedPath"/>.</summary>
    public static string WidenedPath(string preparedPath) => Path.ChangeExtension(preparedPath, ".widened.pgm");

    /// <summary>Writes <paramref name="imagePath"/> with its ink widened into <paramref name="outputPath"/> (PGM); false when it cannot be decoded.</summary>
    public static bool Widen(string imagePath, string outputPath)
    {
        using var grey = Cv2.ImRead(imagePath, ImreadModes.Grayscale | ImreadModes.IgnoreOrientation);
        if (grey.Empty())
        {
            return false;
        }

        // A 2×2 kernel widens by one side only (it shifts the page by half a pixel) and read worse; a 3×3 minimum on the
        // page doubled in size (half a pixel each side at the original resolution) gained nothing.
        using var widened = new Mat();
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3));
        Cv2.Erode(grey, widened, kernel);
        Cv2.ImWrite(outputPath, widened);
        return true;
    }
}
