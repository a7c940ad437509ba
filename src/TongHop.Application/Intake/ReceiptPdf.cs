using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace TongHop.Application.Intake;

/// <summary>
/// Writes a receipt as a one-page A4 PDF (PdfPig's writer, already used to read PDFs) in Liberation Sans, which has
/// every Vietnamese letter (Debian <c>fonts-liberation2</c>; DejaVu Sans otherwise). Long lines are wrapped at word ends.
/// </summary>
public static class ReceiptPdf
{
    private static readonly string[] Fonts =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ];

    private const double Left = 60, Top = 780, Width = 475, Bottom = 60;

    public static byte[] Write(ReceiptDocument receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var builder = new PdfDocumentBuilder();
        var path = Fonts.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No font with Vietnamese letters (install fonts-liberation2).");
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(path));
        var page = builder.AddPage(PageSize.A4);
        var y = Top;
        void Line(string text, double size, double leading)
        {
            foreach (var piece in Wrap(page, font, text, size))
            {
                if (y < Bottom)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = Top;
                }

                page.AddText(piece, size, new PdfPoint(Left, y), font);
                y -= leading;
            }
        }

        Line("SỞ KHOA HỌC VÀ CÔNG NGHỆ — HỆ THỐNG TỔNG HỢP BÁO CÁO", 10, 16);
        y -= 10;
        Line("BIÊN NHẬN BÁO CÁO", 16, 26);
        foreach (var text in receipt.Lines())
        {
            Line(text, 11, 17);
        }

        y -= 14;
        Line("Mã SHA-256 là dấu vân tay của tệp: tệp có cùng mã là đúng tệp đã gửi, không sai một byte.", 9, 13);
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double size)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(page, font, candidate, size) > Width)
            {
                yield return line;
                line = "   " + word;
            }
            else
            {
                line = candidate;
            }
        }

        yield return line;
    }

    private static double Measure(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
