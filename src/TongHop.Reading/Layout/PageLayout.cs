using System.Text;
using TongHop.Reading.Ocr;

namespace TongHop.Reading.Layout;

/// <summary>
/// Turns one page's OCR'd words into lines of text the way the other readers write them: a visual row
/// of the page is one line, and its parts that stand apart (the two columns of the header and of the
/// signature block, the cells of a table) are separated by a TAB, the plain-text convention that DOCX
/// tables and PDF text layers follow. Tesseract alone writes the header's two columns as one line, or
/// as two lines one after the other.
/// <para>
/// Steps: (1) tesseract's lines are cut into segments where the gap between two words is wider than
/// <see cref="ColumnGap"/> word heights (a column gap; a justified line's widest space is about one);
/// (2) segments whose vertical extents overlap by half, and that do not overlap horizontally, form one row;
/// (3) a row of three or more cells (a table row) takes in the next row when each of that row's segments
/// continues one of its cells (same tesseract block, under it): a cell's text wrapped onto two lines;
/// (4) rows go top to bottom, cells left to right. A blank line is kept where tesseract starts a new
/// paragraph between two one-part rows, as its own text output does.
/// </para>
/// </summary>
internal static class PageLayout
{
    /// <summary>A gap between two words wider than this many median word heights separates two parts of a row.</summary>
    public const double ColumnGap = 2.0;

    public static (string Text, List<WordBox> Boxes) Compose(OcrPage page)
    {
        if (page.Words.Count == 0)
        {
            return ("", []);
        }

        var height = MedianHeight(page.Words);
        var segments = Segments(page.Words, height * ColumnGap);
        var rows = MergeWrappedCells(Rows(segments));
        return Write(rows);
    }

    private static double MedianHeight(IReadOnlyList<OcrWord> words)
    {
        var heights = words.Where(w => w.Text.Any(char.IsLetterOrDigit)).Select(w => w.Height).Order().ToList();
        return heights.Count == 0 ? words.Select(w => w.Height).Max() : heights[heights.Count / 2];
    }

    /// <summary>Tesseract's lines, in its order, each cut at gaps wider than <paramref name="maxGap"/> pixels.</summary>
    private static List<Segment> Segments(IReadOnlyList<OcrWord> words, double maxGap)
    {
        var segments = new List<Segment>();
        foreach (var line in words.GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            Segment? current = null;
            foreach (var word in line.OrderBy(w => w.Left))
            {
                if (current is null || word.Left - current.Right > maxGap)
                {
                    current = new Segment(word.Block, word.Paragraph);
                    segments.Add(current);
                }

                current.Add(word);
            }
        }

        return segments;
    }

    private static List<Row> Rows(List<Segment> segments)
    {
        var rows = new List<Row>();
        foreach (var segment in segments.OrderBy(s => s.Top).ThenBy(s => s.Left))
        {
            // Only rows still reaching down to this segment can take it: the last few.
            Row? home = null;
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - 8; i--)
            {
                if (rows[i].Accepts(segment))
                {
                    home = rows[i];
                    break;
                }
            }

            if (home is null)
            {
                rows.Add(new Row(segment));
            }
            else
            {
                home.Cells.Add([segment]);
            }
        }

        foreach (var row in rows)
        {
            row.Cells.Sort((a, b) => a[0].Left.CompareTo(b[0].Left));
        }

        return rows;
    }

    private static List<Row> MergeWrappedCells(List<Row> rows)
    {
        var merged = new List<Row>();
        foreach (var row in rows)
        {
            if (merged.Count > 0 && merged[^1].Cells.Count >= 3 && merged[^1].TakeContinuation(row))
            {
                continue;
            }

            merged.Add(row);
        }

        return merged;
    }

    private static (string Text, List<WordBox> Boxes) Write(List<Row> rows)
    {
        var text = new StringBuilder();
        var boxes = new List<WordBox>();
        Row? previous = null;
        foreach (var row in rows)
        {
            if (previous is not null)
            {
                text.Append('\n');
                var first = row.Cells[0][0];
                var before = previous.Cells[0][0];
                if (row.Cells.Count == 1 && previous.Cells.Count == 1 && (first.Block, first.Paragraph) != (before.Block, before.Paragraph))
                {
                    text.Append('\n');
                }
            }

            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (c > 0)
                {
                    text.Append('\t');
                }

                var words = 0;
                foreach (var word in row.Cells[c].SelectMany(s => s.Words))
                {
                    if (words++ > 0)
                    {
                        text.Append(' ');
                    }

                    boxes.Add(new WordBox(text.Length, word.Text.Length, word.Left, word.Top, word.Width, word.Height, word.Confidence));
                    text.Append(word.Text);
                }
            }

            previous = row;
        }

        return (text.ToString(), boxes);
    }

    /// <summary>Words of one tesseract line that stand together (no column gap between them).</summary>
    private sealed class Segment(int block, int paragraph)
    {
        public int Block { get; } = block;

        public int Paragraph { get; } = paragraph;

        public List<OcrWord> Words { get; } = [];

        public int Left { get; private set; } = int.MaxValue;

        public int Right { get; private set; } = int.MinValue;

        public int Top { get; private set; } = int.MaxValue;

        public int Bottom { get; private set; } = int.MinValue;

        public void Add(OcrWord word)
        {
            Words.Add(word);
            Left = Math.Min(Left, word.Left);
            Right = Math.Max(Right, word.Right);
            Top = Math.Min(Top, word.Top);
            Bottom = Math.Max(Bottom, word.Bottom);
        }
    }

    /// <summary>A visual row: its cells left to right, each one segment or (a wrapped table cell) several.</summary>
    private sealed class Row(Segment first)
    {
        private readonly Segment _first = first;

        public List<List<Segment>> Cells { get; } = [[first]];

        /// <summary>Half the smaller height shared with the row's first segment, and no horizontal overlap with any cell.</summary>
        public bool Accepts(Segment segment)
        {
            var shared = Math.Min(_first.Bottom, segment.Bottom) - Math.Max(_first.Top, segment.Top);
            var smaller = Math.Min(_first.Bottom - _first.Top, segment.Bottom - segment.Top);
            return shared * 2 >= smaller
                && Cells.All(cell => cell.All(s => s.Right <= segment.Left || segment.Right <= s.Left));
        }

        /// <summary>
        /// Takes <paramref name="next"/> into its cells when every segment of it lies under exactly one cell
        /// of this row, in the same tesseract block, just below it: the second line of wrapped cells.
        /// </summary>
        public bool TakeContinuation(Row next)
        {
            var targets = new List<(List<Segment> Cell, Segment Part)>();
            foreach (var part in next.Cells.Select(c => c[0]))
            {
                var under = Cells.Where(cell => cell[0].Left < part.Right && part.Left < cell.Max(s => s.Right)).ToList();
                if (under.Count != 1 || under[0][^1].Block != part.Block || part.Top - under[0][^1].Bottom > under[0][^1].Bottom - under[0][^1].Top)
                {
                    return false;
                }

                targets.Add((under[0], part));
            }

            if (targets.Select(t => t.Cell).Distinct().Count() != targets.Count)
            {
                return false;
            }

            foreach (var (cell, part) in targets)
            {
                cell.Add(part);
            }

            return true;
        }
    }
}
