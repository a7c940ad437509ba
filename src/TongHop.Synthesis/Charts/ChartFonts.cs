using ScottPlot;

namespace TongHop.Synthesis.Charts;

/// <summary>
/// A sans-serif font with Vietnamese glyphs for chart text. The SkiaSharp native build used on Linux has no
/// fontconfig, so a font is found by file: Liberation Sans (Debian <c>fonts-liberation2</c>) or DejaVu Sans.
/// </summary>
public static class ChartFonts
{
    public const string Family = "TongHop Chart Sans";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ];

    private static readonly Lazy<bool> Registered = new(Register);

    /// <summary>Whether a font file was found; without one, charts fall back to ScottPlot's default font.</summary>
    public static bool Available => Registered.Value;

    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (Available)
        {
            plot.Font.Set(Family);
        }
    }

    private static bool Register()
    {
        var path = Candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return false;
        }

        Fonts.AddFontFile(Family, path);
        return true;
    }
}
