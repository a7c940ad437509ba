using System.Globalization;
using TongHop.Reading;

namespace TongHop.Cli;

/// <summary>
/// Shows reading progress (OCR pages) on stderr: a bar redrawn in place on a terminal, plain lines
/// ("ocr 3/12 pages") when stderr is a file or pipe, so logs stay readable. Thread-safe: pages report
/// from several threads. Dispose ends the bar's line.
/// </summary>
public sealed class ProgressPrinter : IProgress<ReadProgress>, IDisposable
{
    private const int BarWidth = 30;
    private readonly TextWriter _stderr;
    private readonly bool _interactive;
    private readonly Lock _lock = new();
    private int _lastDone = -1;
    private bool _drawn;

    public ProgressPrinter(TextWriter stderr, bool interactive)
    {
        _stderr = stderr;
        _interactive = interactive;
    }

    /// <summary>A printer for the process's stderr, interactive when stderr is a terminal.</summary>
    public static ProgressPrinter ForConsole() => new(Console.Error, !Console.IsErrorRedirected);

    public void Report(ReadProgress value)
    {
        lock (_lock)
        {
            // Reports can arrive out of order from parallel pages; never step backwards.
            if (value.Done <= _lastDone || value.Total <= 0)
            {
                return;
            }

            _lastDone = value.Done;
            Write(value);
        }
    }

    private void Write(ReadProgress value)
    {
        var counts = string.Create(CultureInfo.InvariantCulture, $"{value.Stage} {value.Done}/{value.Total} pages");
        if (!_interactive)
        {
            _stderr.WriteLine($"{Path.GetFileName(value.Path)}: {counts}");
            return;
        }

        var filled = BarWidth * value.Done / value.Total;
        _stderr.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {counts}");
        _stderr.Flush();
        _drawn = true;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_drawn)
            {
                _stderr.WriteLine();
                _drawn = false;
            }
        }
    }
}
