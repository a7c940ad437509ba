using System.Diagnostics;
using OpenCvSharp;

namespace TongHop.Application.PageImages;

/// <summary>
/// Renders the pages of an original as JPEG images for the review page, about 1,200 pixels wide: a PDF with
/// <c>pdftoppm</c> (Poppler, 100 dpi), an image (JPEG, PNG, multi-page TIFF) with OpenCV. A DOCX or a text has no
/// pages of its own: <see cref="PageImageService"/> lays it out with <see cref="OfficeRenderer"/> and renders that PDF.
/// </summary>
public static class PageRenderer
{
    private const int MaxWidth = 1240;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <param name="format">The reader's format: <c>pdf</c>, <c>image</c>; anything else renders nothing.</param>
    public static async Task<IReadOnlyList<byte[]>> RenderAsync(string path, string format, CancellationToken cancellationToken)
    {
        return format switch
        {
            "pdf" => await PdfAsync(path, cancellationToken),
            "image" => Image(path),
            _ => [],
        };
    }

    /// <summary>The pages of a PDF given as bytes (one the product laid out itself).</summary>
    public static async Task<IReadOnlyList<byte[]>> PdfAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"tonghop-render-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf, cancellationToken);
        try
        {
            return await PdfAsync(file, cancellationToken);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<IReadOnlyList<byte[]>> PdfAsync(string path, CancellationToken cancellationToken)
    {
        var temp = Directory.CreateTempSubdirectory("tonghop-pages-");
        try
        {
            var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-jpeg", "-jpegopt", "quality=80", "-r", "100", "-scale-to-x", MaxWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), "-scale-to-y", "-1", path, Path.Combine(temp.FullName, "p") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(Timeout);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}): {await errors}");
            }

            // pdftoppm names pages p-1.jpg or p-01.jpg … by the page count's digits.
            return temp.GetFiles("p-*.jpg").OrderBy(f => int.Parse(f.Name[2..^4], System.Globalization.CultureInfo.InvariantCulture))
                .Select(f => File.ReadAllBytes(f.FullName)).ToList();
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static List<byte[]> Image(string path)
    {
        var pages = new List<byte[]>();
        if (!Cv2.ImReadMulti(path, out var mats, ImreadModes.Color))
        {
            using var single = Cv2.ImRead(path, ImreadModes.Color);
            mats = single.Empty() ? [] : [single.Clone()];
        }

        foreach (var mat in mats)
        {
            using (mat)
            {
                using var scaled = mat.Width > MaxWidth ? mat.Resize(new Size(MaxWidth, (int)Math.Round(mat.Height * (double)MaxWidth / mat.Width)), 0, 0, InterpolationFlags.Area) : mat.Clone();
                pages.Add(scaled.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 80)));
            }
        }

        return pages;
    }
}
