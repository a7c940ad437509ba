using Microsoft.Extensions.Logging;
using TongHop.Reading;

namespace TongHop.Application.PageImages;

/// <summary>
/// Keeps the page images of a submission's original and the OCR'd words' boxes (mapped onto the restored text) at
/// intake, so the review page can show the page beside the values and box the evidence. A failure here never fails
/// the extraction: the review page then shows the text alone.
/// </summary>
public sealed partial class PageImageService(PageImageStore store, ILogger<PageImageService> logger)
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
        if (!read.Succeeded || read.Pages.Count == 0)
        {
            return StoredPages.Empty;
        }

        var offsets = new RestoredOffsets(read.Source.Text, restored);
        return new StoredPages(read.Pages.Select(p => new StoredPage(p.Page, p.Width, p.Height, p.Words
            .Select(w => new[] { offsets.Map(w.Start), offsets.Map(w.Start + w.Length), w.Left, w.Top, w.Width, w.Height }).ToList())).ToList());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page images of {Sha256} could not be stored")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sha256);
}
