using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// Regions found on the half-size copy a page is planned on (<see cref="PagePlan"/>) and worked on at full size: the
/// bounding box of a connected component, and a box carried to the full page.
/// </summary>
internal static class HalfSize
{
    /// <summary>The bounding box of component <paramref name="label"/> in the stats of <c>ConnectedComponentsWithStats</c>.</summary>
    public static Rect ComponentBox(Mat stats, int label) => new(
        stats.At<int>(label, (int)ConnectedComponentsTypes.Left),
        stats.At<int>(label, (int)ConnectedComponentsTypes.Top),
        stats.At<int>(label, (int)ConnectedComponentsTypes.Width),
        stats.At<int>(label, (int)ConnectedComponentsTypes.Height));

    /// <summary>A region of the half-size copy on the full page (<paramref name="scale"/> times larger), inside <paramref name="frame"/>.</summary>
    public static Rect ToFullSize(Rect region, double scale, Rect frame) =>
        new Rect((int)(region.X * scale), (int)(region.Y * scale), (int)Math.Ceiling(region.Width * scale), (int)Math.Ceiling(region.Height * scale)) & frame;
}
