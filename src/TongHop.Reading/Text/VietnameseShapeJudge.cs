using TongHop.Text.Syllables;

namespace TongHop.Reading.Text;

/// <summary>
/// The default text judge of <see cref="ReadingOptions.TextQuality"/>: how much a text looks like correctly written
/// Vietnamese. It multiplies two shares of the word tokens that <see cref="TextQuality"/> counts: those that are valid
/// syllables (<see cref="VietnameseSyllable"/>, as for the contract's <c>text.quality</c>), and those written with
/// Vietnamese letters or tone marks, scaled so that typical prose (about 60 % of syllables carry a mark) scores 1.
/// English OCR of a Vietnamese scan keeps many valid shapes ("Bao cao ket qua") but loses the marks, so it scores
/// low; text decoded with the wrong legacy encoding ("ViÖt", "Vieät") has few valid syllables. Thread-safe.
/// </summary>
public static class VietnameseShapeJudge
{
    /// <summary>Share of marked syllables at which a text counts as fully Vietnamese.</summary>
    private const double FullMarkedShare = 0.45;

    /// <summary>Returns 0–1; 0 for a text without word tokens.</summary>
    public static double Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = TextQuality.CountWords(text);
        if (counts.Words == 0)
        {
            return 0;
        }

        var markedShare = Math.Min(1.0, (double)counts.Marked / counts.Words / FullMarkedShare);
        return (double)counts.Valid / counts.Words * markedShare;
    }
}
