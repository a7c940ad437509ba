using System.Text;
using TongHop.Reading.Layout;
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

    /// <summary>Pixels of a page's word boxes per point (1/72 inch): boxes are kept at 720 dpi, in whole pixels.</summary>
    public const int PixelsPerPoint = 10;

    public static string Text(Page page) => Text(page, []);

    public static string Text(Page page, IReadOnlyList<PlacedWord> stamped) => Read(page, stamped).Text;

    /// <summary>
    /// The page's text and its words' boxes (offsets into that text; pixels at <see cref="PixelsPerPoint"/> of the
    /// page's media box, origin top left, the frame <c>pdftoppm</c> renders). A rotated page has no boxes: its
    /// letters' coordinates are not those of the rendered image.
    /// </summary>
    public static (string Text, PageWords? Words) Read(Page page, IReadOnlyList<PlacedWord> stamped)
    {
        ArgumentNullException.ThrowIfNull(page);
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
            return ("", null);
        }

        var lines = GroupLines(glyphs);
        var text = new StringBuilder();
        var words = new List<WordBox>();
        var frame = page.MediaBox.Bounds;
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            LineText(line, page.Width, text, words, frame.Left, frame.Top);
        }

        var boxes = page.Rotation.Value == 0 && frame.Width > 0 && frame.Height > 0
            ? new PageWords(page.Number, Pixels(frame.Width), Pixels(frame.Height), 72 * PixelsPerPoint, words)
            : null;
        return (text.ToString(), boxes);
    }

    private static int Pixels(double points) => (int)Math.Round(points * PixelsPerPoint);

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

    /// <summary>Writes the line to <paramref name="builder"/> and its words' boxes to <paramref name="words"/>.</summary>
    private static void LineText(Line line, double pageWidth, StringBuilder builder, List<WordBox> words, double frameLeft, double frameTop)
    {
        var glyphs = line.Glyphs;
        glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        var word = new WordSpan(builder.Length, glyphs[0]);

        void Close()
        {
            words.Add(new WordBox(
                word.Start, builder.Length - word.Start, Pixels(word.Left - frameLeft), Pixels(frameTop - word.Top),
                Math.Max(1, Pixels(word.Right - word.Left)), Math.Max(1, Pixels(word.Top - word.Bottom)), 100));
        }
        var left = glyphs[0].Left;
        var right = glyphs[^1].Right;
        var centred = Math.Abs((left + right) / 2 - pageWidth / 2) < pageWidth * 0.1;
        if (pageWidth > 0 && left > pageWidth * 0.45 && !centred)
        {
            builder.Append('\t');
        }

        word = new WordSpan(builder.Length, glyphs[0]);
        builder.Append(glyphs[0].Text);
        var reach = glyphs[0].Right;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var (previous, glyph) = (glyphs[i - 1], glyphs[i]);
            var size = Math.Max(previous.Size, glyph.Size);
            var gap = glyph.Left - reach;
            var separator = gap > ColumnGap * size ? "\t" : gap > SpaceGap * size ? " " : "";
            if (separator.Length > 0)
            {
                Close();
                builder.Append(separator);
                word = new WordSpan(builder.Length, glyph);
            }
            else
            {
                word.Add(glyph);
            }

            builder.Append(glyph.Text);
            reach = Math.Max(reach, glyph.Right);
        }

        Close();
    }

    /// <summary>A word being written: where it starts in the text and the box of its letters so far (points).</summary>
    private sealed class WordSpan(int start, Glyph first)
    {
        public int Start { get; } = start;

        public double Left { get; private set; } = first.Left;

        public double Right { get; private set; } = first.Right;

        public double Bottom { get; private set; } = first.Bottom;

        public double Top { get; private set; } = first.Top;

        public void Add(Glyph glyph)
        {
            (Left, Right) = (Math.Min(Left, glyph.Left), Math.Max(Right, glyph.Right));
            (Bottom, Top) = (Math.Min(Bottom, glyph.Bottom), Math.Max(Top, glyph.Top));
        }
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
