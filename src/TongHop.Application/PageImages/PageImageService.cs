using Microsoft.Extensions.Logging;
using TongHop.Reading;

namespace TongHop.Application.PageImages;

/// <summary>
/// Keeps the page images of a submission's original and the OCR'd words' boxes (mapped onto the restored text) at
/// intake, so the review page can show the page beside the values and box the evidence. A failure here never fails
/// the extraction: the review page then shows the text alone.
/// <para>
/// Where the boxes come from: a scan's OCR'd words; a text-layer PDF's letters; a DOCX or a plain text has no pages,
/// so it is laid out by LibreOffice (<see cref="OfficeRenderer"/>; a text as it was read, a DOCX as Writer prints it),
/// that PDF is rendered like any other, and its words are lined up with the read text (<see cref="WordAlignment"/>).
/// <see cref="ApplicationOptions.RenderDocuments"/> turns that off (LibreOffice takes seconds a document).
/// </para>
/// </summary>
public sealed partial class PageImageService(PageImageStore store, ApplicationOptions options, ILogger<PageImageService> logger)
{
    public async Task StoreAsync(string sha256, string originalPath, ReadResult read, string restored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!read.Succeeded)
        {
            return;
        }

        try
        {
            if (read.Source.Format is "docx" or "txt")
            {
                if (options.RenderDocuments && (store.PageCount(sha256) == 0 || store.Words(sha256).Pages.Count == 0))
                {
                    var pdf = read.Source.Format == "docx"
                        ? await OfficeRenderer.DocxToPdfAsync(originalPath, cancellationToken)
                        : await OfficeRenderer.TextToPdfAsync(read.Source.Text, cancellationToken);
                    var (rendered, pages) = TongHop.Reading.Pdf.PdfWords.Read(pdf);
                    store.SaveWords(sha256, Map(read.Source.Text, WordAlignment.Align(read.Source.Text, rendered, pages), restored));
                    store.SaveImages(sha256, await PageRenderer.PdfAsync(pdf, cancellationToken));
                }

                return;
            }

            store.SaveWords(sha256, Map(read, restored));
            if (store.PageCount(sha256) == 0)
            {
                store.SaveImages(sha256, await PageRenderer.RenderAsync(originalPath, read.Source.Format, cancellationToken));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, sha256);
        }
    }

    /// <summary>The read pages' word boxes with offsets into the restored text.</summary>
    public static StoredPages Map(ReadResult read, string restored)
    {
        ArgumentNullException.ThrowIfNull(read);
        return !read.Succeeded ? StoredPages.Empty : Map(read.Source.Text, read.Pages, restored);
    }

    /// <summary>Word boxes with offsets into the read text, moved onto the restored text.</summary>
    public static StoredPages Map(string readText, IReadOnlyList<TongHop.Reading.Layout.PageWords> pages, string restored)
    {
        if (pages.Count == 0)
        {
            return StoredPages.Empty;
        }

        var offsets = new RestoredOffsets(readText, restored);
        return new StoredPages(pages.Select(p => new StoredPage(p.Page, p.Width, p.Height, p.Words
            .Select(w => new[] { offsets.Map(w.Start), offsets.Map(w.Start + w.Length), w.Left, w.Top, w.Width, w.Height }).ToList())).ToList());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page images of {Sha256} could not be stored")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sha256);
}
