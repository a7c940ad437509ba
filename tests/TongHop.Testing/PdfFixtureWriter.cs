using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace TongHop.Testing;

/// <summary>
/// Writes a report's clean text as a typed PDF with a real text layer (as "Save as PDF" from Word
/// does): A4, Liberation Serif 12 pt (it covers Vietnamese; Debian package fonts-liberation2),
/// paragraphs wrapped to the text width, a TAB line laid out as two columns.
/// </summary>
public static class PdfFixtureWriter
{
    public const string FontPath = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

    private const double FontSize = 12, Leading = 15, Left = 57, Right = 538, Top = 785, Bottom = 60, SecondColumn = 300;

    public static byte[] Write(string cleanText)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var page = builder.AddPage(PageSize.A4);
        var y = Top;
        foreach (var line in cleanText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                y -= Leading / 2;
                continue;
            }

            foreach (var segments in Layout(page, font, line))
            {
                if (y < Bottom)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = Top;
                }

                foreach (var (text, x) in segments.Where(s => s.Text.Length > 0))
                {
                    page.AddText(text, FontSize, new PdfPoint(x, y), font);
                }

                y -= Leading;
            }
        }

        return builder.Build();
    }

    /// <summary>The printed lines of one text line, each as text segments with their x; a TAB line is two columns on one baseline.</summary>
    private static IEnumerable<(string Text, double X)[]> Layout(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var columns = line.Split('\t');
            return [[(columns[0].Trim(), Left), (columns[1].Trim(), SecondColumn)]];
        }

        return Wrap(page, font, line).Select(l => new[] { (l, Left) });
    }

    private static IEnumerable<string> Wrap(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string line)
    {
        var current = "";
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(page, font, candidate) > Right - Left)
            {
                yield return current;
                candidate = word;
            }

            current = candidate;
        }

        yield return current;
    }

    private static double Width(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text)
    {
        var letters = page.MeasureText(text, FontSize, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
