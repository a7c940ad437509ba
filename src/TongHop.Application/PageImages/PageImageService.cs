using Microsoft.Extensions.Logging;
using TongHop.Reading;

namespace TongHop.Application.PageImages;

/// <summary>
/// Keeps the page images of a submission's original and the OCR'd words' boxes (mapped onto the restored text), so the
/// review page can show the page beside the values and box the evidence. A failure here never fails the extraction:
/// the review page then shows the text alone.
/// <para>
/// Where the boxes come from: a scan's OCR'd words; a text-layer PDF's letters (both at intake, in the extraction job:
/// <see cref="StoreAsync"/>). A DOCX or a plain text has no pages, so it is laid out by LibreOffice
/// (<see cref="OfficeRenderer"/>; a text as it was read, a DOCX as Writer prints it), that PDF is rendered like any
/// other, and its words are lined up with the read text (<see cref="WordAlignment"/>). That takes LibreOffice 3–20 s a
/// document, so it is a job of its own (<see cref="Processing.JobKinds.Layout"/>, <see cref="LayoutJob"/>) queued by the
/// extraction (<see cref="NeedsLayout"/>), and the reading of a report is never held up by it.
/// <see cref="ApplicationOptions.RenderDocuments"/> turns it off.
/// </para>
/// </summary>
public sealed partial class PageImageService(PageImageStore store, ApplicationOptions options, ILogger<PageImageService> logger)
{
    /// <summary>
    /// The page images and word boxes of a scan or a PDF. A DOCX or a text is left to its layout job (<see cref="NeedsLayout"/>,
    /// <see cref="LayOutAsync"/>). Never throws but for cancellation: a failure is logged and the page shows the text alone.
    /// </summary>
    public async Task StoreAsync(string sha256, string originalPath, ReadResult read, string restored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!read.Succeeded || IsDocument(read))
        {
            return;
        }

        try
        {
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

    /// <summary>Whether a read original is a DOCX or a text whose pages are still to be laid out (and layout is on).</summary>
    public bool NeedsLayout(string sha256, ReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return options.RenderDocuments && read.Succeeded && IsDocument(read) && (store.PageCount(sha256) == 0 || store.Words(sha256).Pages.Count == 0);
    }

    /// <summary>
    /// Lays out a DOCX or a text with LibreOffice, stores its page images and its words' boxes on the restored text. Throws
    /// when LibreOffice or the rendering fails, so that its job is retried like any other.
    /// </summary>
    public async Task LayOutAsync(string sha256, string originalPath, ReadResult read, string restored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!read.Succeeded || !IsDocument(read))
        {
            throw new ArgumentException("only a DOCX or a text that was read is laid out", nameof(read));
        }

        var pdf = read.Source.Format == "docx"
            ? await OfficeRenderer.DocxToPdfAsync(originalPath, cancellationToken)
            : await OfficeRenderer.TextToPdfAsync(read.Source.Text, cancellationToken);
        var (rendered, pages) = TongHop.Reading.Pdf.PdfWords.Read(pdf);
        store.SaveWords(sha256, Map(read.Source.Text, WordAlignment.Align(read.Source.Text, rendered, pages), restored));
        store.SaveImages(sha256, await PageRenderer.PdfAsync(pdf, cancellationToken));
    }

    private static bool IsDocument(ReadResult read) => read.Source?.Format is "docx" or "txt";

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
