using System.Text;
using UglyToad.PdfPig.Content;

namespace TongHop.Reading.Pdf;

/// <summary>
/// The text layer of one PDF page as lines in reading order, built from the letters' coordinates rather than from
/// the order they are drawn in: letters whose boxes share a band of height are one line, lines from top to bottom,
/// letters left to right. So text stamped into a blank by an e-office after the page was made ("Số: 173 /KH-UBND",
/// "ngày 28 tháng 4", drawn as separate objects, a little higher or lower, in another size, or in an annotation's
/// appearance: <see cref="PdfAnnotationText"/>) lands in its line and its place. A gap wider than three letters'
/// height inside a line (the two columns of the header and signature blocks) becomes a TAB, and a line that starts
/// in the right half of the page and is not centred (the motto or the signer's block on a line of their own) starts
/// with one: the plain-text convention for two-column rows that DOCX tables and typed text follow.
/// </summary>
internal static class PdfTextLayer
{
    // Gaps, in multiples of the letters' size: a word space, and a column gap.
    private const double SpaceGap = 0.15;
    private const double ColumnGap = 3.0;

    // A letter's box relative to its baseline, in multiples of its size (descent below, ascent above).
    private const double Descent = 0.22;
    private const double Ascent = 0.72;

    // Two boxes are on one line when they overlap by this share of the lower one's height.
    private const double SameLine = 0.5;

    public static string Text(Page page) => Text(page, []);

    public static string Text(Page page, IReadOnlyList<PlacedWord> stamped)
    {
        var glyphs = new List<Glyph>(page.Letters.Count + stamped.Count);
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var size = letter.PointSize > 1 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height * 1.4);
            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            glyphs.Add(new Glyph(letter.Value, left, Math.Max(right, left + 0.01), letter.StartBaseLine.Y, size));
        }

        foreach (var word in stamped)
        {
            var size = Math.Max(1, (word.Top - word.Bottom) / (Descent + Ascent + 0.2));
            glyphs.Add(new Glyph(word.Text, word.Left, word.Right, word.Bottom + (Descent + 0.1) * size, size));
        }

        if (glyphs.Count == 0)
        {
            return "";
        }

        var lines = GroupLines(glyphs);
        return string.Join('\n', lines.Select(line => LineText(line, page.Width)));
    }

    /// <summary>Letters grouped by the band of height they share, top line first.</summary>
    private static List<Line> GroupLines(List<Glyph> glyphs)
    {
        glyphs.Sort((a, b) => b.Baseline != a.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var lines = new List<Line>();
        foreach (var glyph in glyphs)
        {
            Line? best = null;
            var bestOverlap = 0.0;
            // Lines are made top down: only the last few can still reach this letter.
            for (var k = lines.Count - 1; k >= 0 && lines[k].Bottom <= glyph.Top + glyph.Size; k--)
            {
                var overlap = Math.Min(lines[k].Top, glyph.Top) - Math.Max(lines[k].Bottom, glyph.Bottom);
                var share = overlap / Math.Min(lines[k].Top - lines[k].Bottom, glyph.Top - glyph.Bottom);
                if (share >= SameLine && share > bestOverlap)
                {
                    (best, bestOverlap) = (lines[k], share);
                }
            }

            if (best is null)
            {
                lines.Add(new Line(glyph));
            }
            else
            {
                best.Add(glyph);
            }
        }

        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        return lines;
    }

    private static string LineText(Line line, double pageWidth)
    {
        var glyphs = line.Glyphs;
        glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        var builder = new StringBuilder();
        var left = glyphs[0].Left;
        var right = glyphs[^1].Right;
        var centred = Math.Abs((left + right) / 2 - pageWidth / 2) < pageWidth * 0.1;
        if (pageWidth > 0 && left > pageWidth * 0.45 && !centred)
        {
            builder.Append('\t');
        }

        builder.Append(glyphs[0].Text);
        var reach = glyphs[0].Right;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var (previous, glyph) = (glyphs[i - 1], glyphs[i]);
            var size = Math.Max(previous.Size, glyph.Size);
            var gap = glyph.Left - reach;
            builder.Append(gap > ColumnGap * size ? "\t" : gap > SpaceGap * size ? " " : "").Append(glyph.Text);
            reach = Math.Max(reach, glyph.Right);
        }

        return builder.ToString();
    }

    private readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size)
    {
        public double Bottom => Baseline - Descent * Size;

        public double Top => Baseline + Ascent * Size;
    }

    private sealed class Line
    {
        public Line(Glyph first)
        {
            Glyphs = [first];
            (Bottom, Top, Baseline) = (first.Bottom, first.Top, first.Baseline);
        }

        public List<Glyph> Glyphs { get; }

        public double Bottom { get; private set; }

        public double Top { get; private set; }

        /// <summary>The baseline of the line's first (and, sorted, highest) letters.</summary>
        public double Baseline { get; }

        public void Add(Glyph glyph)
        {
            Glyphs.Add(glyph);
            Bottom = Math.Min(Bottom, glyph.Bottom);
            Top = Math.Max(Top, glyph.Top);
        }
    }
}
