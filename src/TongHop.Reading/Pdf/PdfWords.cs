using System.Text;
using TongHop.Reading.Layout;
using UglyToad.PdfPig;

namespace TongHop.Reading.Pdf;

/// <summary>
/// The text layer of a whole PDF with its words' boxes, pages joined by a blank line as <see cref="PdfReader"/> joins
/// them: for a PDF the product made itself (a DOCX or a text rendered by LibreOffice for the review page), whose words
/// are then lined up with the text read from the original.
/// </summary>
public static class PdfWords
{
    public static (string Text, IReadOnlyList<PageWords> Pages) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var text = new StringBuilder();
        var pages = new List<PageWords>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var (layer, words) = PdfTextLayer.Read(document.GetPage(number), []);
            if (layer.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            if (words is not null)
            {
                pages.Add(words.Shifted(text.Length));
            }

            text.Append(layer);
        }

        return (text.ToString(), pages);
    }
}
