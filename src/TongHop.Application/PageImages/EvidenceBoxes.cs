using System.Globalization;
using System.Text;

namespace TongHop.Application.PageImages;

/// <summary>
/// Where a span of the restored text lies on the page images: the words that overlap it, joined into one box a
/// printed line (words whose boxes overlap vertically by half), each box a little larger than its words.
/// </summary>
public static class EvidenceBoxes
{
    private const double Pad = 0.004;

    public static IReadOnlyList<EvidenceBox> For(StoredPages pages, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var boxes = new List<EvidenceBox>();
        if (end <= start)
        {
            return boxes;
        }

        foreach (var page in pages.Pages)
        {
            if (page.Width <= 0 || page.Height <= 0)
            {
                continue;
            }

            var rows = new List<(int Left, int Top, int Right, int Bottom)>();
            foreach (var w in page.Words.Where(w => w.Length == 6 && w[0] < end && w[1] > start).OrderBy(w => w[3]).ThenBy(w => w[2]))
            {
                var (left, top, right, bottom) = (w[2], w[3], w[2] + w[4], w[3] + w[5]);
                var row = rows.FindIndex(r => Math.Min(r.Bottom, bottom) - Math.Max(r.Top, top) >= Math.Min(r.Bottom - r.Top, bottom - top) / 2.0);
                if (row < 0)
                {
                    rows.Add((left, top, right, bottom));
                }
                else
                {
                    var r = rows[row];
                    rows[row] = (Math.Min(r.Left, left), Math.Min(r.Top, top), Math.Max(r.Right, right), Math.Max(r.Bottom, bottom));
                }
            }

            boxes.AddRange(rows.Select(r => new EvidenceBox(
                page.Page,
                Clamp((double)r.Left / page.Width - Pad),
                Clamp((double)r.Top / page.Height - Pad),
                Math.Min(1, (double)(r.Right - r.Left) / page.Width + 2 * Pad),
                Math.Min(1, (double)(r.Bottom - r.Top) / page.Height + 2 * Pad))));
        }

        return boxes;
    }

    /// <summary>The boxes as the review page's <c>data-boxes</c> attribute: "page:x,y,w,h" in per cent, separated by ';'.</summary>
    public static string ToAttribute(IEnumerable<EvidenceBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var text = new StringBuilder();
        foreach (var b in boxes)
        {
            text.Append(text.Length > 0 ? ";" : "").Append(b.Page.ToString(CultureInfo.InvariantCulture)).Append(':')
                .AppendJoin(',', new[] { b.X, b.Y, b.Width, b.Height }.Select(v => (v * 100).ToString("0.##", CultureInfo.InvariantCulture)));
        }

        return text.ToString();
    }

    private static double Clamp(double v) => Math.Clamp(v, 0, 1);
}
