using OpenCvSharp;

namespace TongHop.Reading.Preprocessing;

/// <summary>
/// A page of uneven light as it was before the division by its background and the whitening, finished
/// (straightened, ruled) and written only when the reader asks for it (<see cref="Write"/>): the undivided page is
/// read only where the divided reading can lose (<see cref="UndividedReading"/>), 8 of the development splits' 37 pages
/// of uneven light, so the others never pay for its finishing and writing. Holds the page's pixels until disposed;
/// not thread-safe (one page, one worker).
/// </summary>
internal sealed class UndividedPage : IDisposable
{
    private readonly PagePlan _plan;
    private readonly double? _lineHeight;
    private readonly PreprocessOptions _options;
    private Mat? _grey;
    private bool _written;

    internal UndividedPage(Mat grey, PagePlan plan, double? lineHeight, PreprocessOptions options, string path)
    {
        _grey = grey;
        _plan = plan;
        _lineHeight = lineHeight;
        _options = options;
        Path = path;
    }

    /// <summary>Where <see cref="Write"/> puts the page (<see cref="PagePreprocessor.UndividedPath"/>).</summary>
    public string Path { get; }

    /// <summary>Whether the page has been written (the reader deletes it).</summary>
    public bool Written => _written;

    /// <summary>Finishes the page as the divided one was (the slant, ruling lines) and writes it to <see cref="Path"/>, once.</summary>
    public string Write()
    {
        if (!_written)
        {
            ObjectDisposedException.ThrowIf(_grey is null, this);
            PagePreprocessor.Finish(ref _grey, _plan, _lineHeight, _options, []);
            Cv2.ImWrite(Path, _grey);
            _written = true;
            _grey.Dispose();
            _grey = null;
        }

        return Path;
    }

    public void Dispose()
    {
        _grey?.Dispose();
        _grey = null;
    }
}
