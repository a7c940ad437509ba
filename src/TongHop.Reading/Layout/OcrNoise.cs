using TongHop.Reading.Ocr;

namespace TongHop.Reading.Layout;

/// <summary>
/// Words tesseract reads out of marks that are not text: toner specks, a rule's ends, a seal's ring, the
/// strokes of a signature. On a photocopied scan they come as runs of punctuation at the ends of lines
/// (<c>-_</c>, <c>:</c>, <c>|</c>, <c>„</c>, <c>¬</c>) and as short lines of nothing but low-confidence
/// letters (<c>Z</c>, <c>VÌ</c>, <c>~7PRQTHC</c> where a signature crosses the signer's name).
/// <list type="bullet">
/// <item>A word with no letter or digit is kept only when tesseract is fairly sure of it (confidence at
/// least <see cref="MinSymbolConfidence"/>): a real dash, bullet or closing <c>./.</c> reads with 80–95. A
/// percent sign standing apart from its number (<c>85 %</c>) is always kept: it is a value's unit.</item>
/// <item>A line (tesseract's) of at most <see cref="MaxGarbageLineWords"/> words, none a number (half its
/// letters and digits being digits), none read with confidence <see cref="MinLineConfidence"/> or more, is
/// dropped whole. A handwritten number stays (<c>24</c>, <c>l6</c>, <c>#3</c>: the metadata reader judges it),
/// and so does any line with one word tesseract is sure of.</item>
/// </list>
/// </summary>
internal static class OcrNoise
{
    internal const float MinSymbolConfidence = 60;

    internal const float MinLineConfidence = 30;

    internal const int MaxGarbageLineWords = 3;

    public static IReadOnlyList<OcrWord> Without(IReadOnlyList<OcrWord> words)
    {
        var kept = new List<OcrWord>(words.Count);
        foreach (var line in words.GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            var meaningful = line.Where(w => w.Text.Any(char.IsLetterOrDigit) || w.Text.Contains('%') || w.Confidence >= MinSymbolConfidence).ToList();
            var garbage = meaningful.Count <= MaxGarbageLineWords
                && meaningful.All(w => w.Confidence < MinLineConfidence && !IsNumber(w.Text));
            if (!garbage)
            {
                kept.AddRange(meaningful);
            }
        }

        return kept;
    }

    private static bool IsNumber(string word)
    {
        var (digits, letters) = (word.Count(char.IsDigit), word.Count(char.IsLetter));
        return digits > 0 && digits >= letters;
    }
}
