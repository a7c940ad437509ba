using System.Collections.Concurrent;

namespace TongHop.Reading.Ocr;

/// <summary>
/// OCRs pages side by side, up to <see cref="OcrOptions.MaxParallelism"/> at once (one single-threaded
/// tesseract each). Pages are taken one at a time from a lazy sequence, so page 1 is being read while the
/// caller is still extracting or rendering later pages, and at most that many page images exist at a
/// time. Each page has its own time limit; a failed page is a result, not an exception. Results come back
/// in the sequence's order.
/// </summary>
internal sealed class ParallelPageOcr
{
    private readonly PageOcr _page;

    public ParallelPageOcr(PageOcr page) => _page = page;

    /// <param name="pages">The pages, produced lazily (never enumerated by two threads at once).</param>
    /// <param name="count">How many <paramref name="pages"/> yields, for progress.</param>
    public IReadOnlyList<OcrPageResult> Run(IEnumerable<PageImage> pages, int count, string workDir, string path, ReadContext context)
    {
        var results = new ConcurrentDictionary<long, OcrPageResult>();
        var done = 0;
        context.Report(path, "ocr", 0, count);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, _page.Options.MaxParallelism),
            CancellationToken = context.CancellationToken,
        };
        var source = Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, parallel, (page, _, index) =>
        {
            results[index] = _page.Read(page, workDir, context.CancellationToken);
            context.Report(path, "ocr", Interlocked.Increment(ref done), count);
        });
        return Enumerable.Range(0, results.Count).Select(i => results[i]).ToList();
    }
}
