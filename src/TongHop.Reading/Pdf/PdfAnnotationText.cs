using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TongHop.Reading.Ocr;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace TongHop.Reading.Pdf;

/// <summary>
/// Text that a PDF page shows through its annotations' appearances, which PdfPig's letters do not include: the number
/// and date a provincial e-office stamps into the blanks of a signed document ("Số: 173 /KH-UBND", "ngày 28 tháng 4"),
/// added as signature widgets ("Thêm số", "Thêm ngày" of the signing tools) so that earlier signatures stay valid.
/// Poppler's <c>pdftotext -bbox</c> renders appearances; its words that no letter of the page covers are the
/// stamped ones. Only pages with visible appearance annotations are asked, so other PDFs cost nothing.
/// </summary>
internal static class PdfAnnotationText
{
    private static readonly Regex PageBox = new(@"<page width=""(?<w>[\d.]+)"" height=""(?<h>[\d.]+)""", RegexOptions.CultureInvariant);

    private static readonly Regex Word = new(
        @"<word xMin=""(?<x0>[\d.]+)"" yMin=""(?<y0>[\d.]+)"" xMax=""(?<x1>[\d.]+)"" yMax=""(?<y1>[\d.]+)"">(?<text>[^<]*)</word>",
        RegexOptions.CultureInvariant);

    /// <summary>Whether the page has visible annotations that draw an appearance (widgets, free text, stamps).</summary>
    public static bool HasAppearances(Page page)
    {
        if (page.Rotation.Value != 0)
        {
            return false; // poppler's coordinates are those of the turned page; not mapped back here
        }

        foreach (var annotation in page.GetAnnotations())
        {
            if (annotation.HasNormalAppearance && (annotation.Flags & (AnnotationFlags.Hidden | AnnotationFlags.Invisible | AnnotationFlags.NoView)) == 0 &&
                annotation.Type is AnnotationType.Widget or AnnotationType.FreeText or AnnotationType.Stamp)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words poppler reads on page <paramref name="number"/> of <paramref name="pdfPath"/> that none of the page's
    /// letters covers, in the page's coordinates; empty when poppler cannot run (the letters alone are then read).
    /// </summary>
    public static IReadOnlyList<PlacedWord> StampedWords(Page page, int number, string pdfPath, string pdftotext, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var outcome = ExternalProcess.Run(
            pdftotext, ["-bbox", "-f", number.ToString(CultureInfo.InvariantCulture), "-l", number.ToString(CultureInfo.InvariantCulture), pdfPath, "-"],
            timeout, null, cancellationToken);
        if (!outcome.Succeeded)
        {
            return [];
        }

        var box = PageBox.Match(outcome.StandardOutput);
        if (!box.Success)
        {
            return [];
        }

        // Poppler measures from the top left of the crop box; PdfPig from the bottom left of the page.
        var crop = page.CropBox.Bounds;
        var top = crop.Bottom + Number(box.Groups["h"].Value);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.BoundingBox.Centroid).ToList();
        var words = new List<PlacedWord>();
        foreach (Match m in Word.Matches(outcome.StandardOutput))
        {
            var word = new PlacedWord(
                WebUtility.HtmlDecode(m.Groups["text"].Value),
                crop.Left + Number(m.Groups["x0"].Value),
                crop.Left + Number(m.Groups["x1"].Value),
                top - Number(m.Groups["y1"].Value),
                top - Number(m.Groups["y0"].Value));
            var covered = letters.Count(c => c.X >= word.Left - 1 && c.X <= word.Right + 1 && c.Y >= word.Bottom - 1 && c.Y <= word.Top + 1);
            if (word.Text.Length > 0 && covered * 2 < word.Text.Length)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
