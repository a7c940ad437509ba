using TongHop.Reading.Ocr;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// When the page of uneven light read without the division by its background (<see cref="PreparedPage.Undivided"/>) is
/// worth reading: the page is read divided and whitened first (<c>Ocr/PageOcr</c>), and that reading's mean word
/// confidence says whether the undivided page can win. The division's whitening breaks the faintest strokes: a signature
/// page's small list of recipients among a back page showing through as dark as it, a photocopy whose thin strokes are
/// broken. On the four development splits of photocopy pairs (2026-12-07, s25: 37 pages of uneven light), the undivided
/// page read surer, and better after repair, on every page whose divided reading was under 75 (8 pages, 55.6–73.5:
/// 0.5–21 points of CER after repair each); on pages reading 75–90 it was surer on 5 of 7 and worse after repair on 4
/// of them; above 90 it was surer on 1 of 22 (the same text). So only a page reading under 75 is read a second time.
/// Which reading is kept (<see cref="Keeps"/>): the one with more confident letters, not the surer one (2026-12-07,
/// s27). A signature page whose small faint list the division broke (dev151 g0496, both files) reads that list as a few
/// short junk words at 60–67 divided, and as more of its words, less surely (55–57), undivided: the mean confidence
/// kept the junk (48–49 % CER on the page after repair), the undivided reading is 35–41 %. On the 11 pages of the
/// development splits read twice (none in copy-dev), the undivided reading held more confident letters on every one
/// (281 → 289 to 374 → 456), and was the better after repair on every one.
/// </summary>
internal static class UndividedReading
{
    /// <summary>The divided reading's mean word confidence from which the undivided page is not read.</summary>
    public const double ReadBelow = 75;

    /// <summary>Whether the undivided page can read surer than the divided one, which read <paramref name="meanConfidence"/>.</summary>
    public static bool CanWin(double? meanConfidence) => meanConfidence is not { } c || c < ReadBelow;

    /// <summary>
    /// Whether the undivided page's reading replaces the divided one's: it holds more confident letters
    /// (<see cref="OcrPageResult.ConfidentLetters"/>), so it read more of the page surely, even where its mean word
    /// confidence is lower for reading a faint part the division had broken into specks.
    /// </summary>
    public static bool Keeps(OcrPageResult divided, OcrPageResult undivided) =>
        undivided.Text is not null && undivided.ConfidentLetters > divided.ConfidentLetters;
}
