using System.Text;
using UglyToad.PdfPig.Content;

namespace TongHop.Reading.Pdf;

/// <summary>
/// The text layer of one PDF page as lines in reading order: words grouped into lines by baseline,
/// lines from top to bottom, words left to right. A wide horizontal gap inside a line (the two
/// columns of the header block) becomes a TAB, the plain-text convention for two-column rows.
/// </summary>
internal static class PdfTextLayer
{
    public static string Text(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return "";
        }

        var lines = GroupLines(words);
        return string.Join('\n', lines.Select(LineText));
    }

    /// <summary>Clusters words whose baselines are within half a median word height, top line first.</summary>
    private static List<List<Word>> GroupLines(List<Word> words)
    {
        var heights = words.Select(w => w.BoundingBox.Height).Where(h => h > 0).Order().ToList();
        var tolerance = heights.Count == 0 ? 2.0 : heights[heights.Count / 2] * 0.5;
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var line = lines.Count > 0 && Math.Abs(lines[^1][0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance ? lines[^1] : null;
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return lines;
    }

    private static string LineText(List<Word> line)
    {
        var ordered = line.OrderBy(w => w.BoundingBox.Left).ToList();
        var builder = new StringBuilder(ordered[0].Text);
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var charWidth = previous.BoundingBox.Width / Math.Max(1, previous.Text.Length);
            var gap = ordered[i].BoundingBox.Left - previous.BoundingBox.Right;
            builder.Append(gap > charWidth * 4 ? '\t' : ' ').Append(ordered[i].Text);
        }

        return builder.ToString();
    }
}
