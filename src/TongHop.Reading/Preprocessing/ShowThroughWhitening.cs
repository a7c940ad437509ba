namespace TongHop.Reading.Preprocessing;

/// <summary>
/// When the whitened page of a page showing its back page through (<see cref="PagePlan.BackPage"/>) is worth reading:
/// the page is read as it was first (<c>Ocr/PageOcr</c>), and its mean word confidence says whether the whitening can win.
/// On the hard pairs' 15 such pages (development and check splits), the whitened reading won where the page read under
/// 63 as it was (35, 60, 62: the back page read as garbage) or 93 and more (93–95: a clean page, the whitening took a few
/// faint specks), and lost on every page reading 65–84 (a photocopy whose own thin strokes are as faint as the back
/// page: the whitening broke them, 3–7 points less sure). In that band the second whole reading is not made.
/// </summary>
internal static class ShowThroughWhitening
{
    /// <summary>The band of the first reading's mean word confidence where the whitened page is not read.</summary>
    public static readonly (double Low, double High) KeepBetween = (64, 90);

    /// <summary>Whether the whitened page can read surer than the page as it was, which read <paramref name="meanConfidence"/>.</summary>
    public static bool CanWin(double? meanConfidence) =>
        meanConfidence is not { } c || c < KeepBetween.Low || c >= KeepBetween.High;
}
