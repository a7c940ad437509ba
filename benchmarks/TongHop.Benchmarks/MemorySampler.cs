using System.Diagnostics;
using System.Globalization;

namespace TongHop.Benchmarks;

/// <summary>
/// Samples, every 50 ms, the resident memory of this process plus its direct children (the tesseract
/// and pdftoppm processes), from /proc on Linux; keeps the peak.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public MemorySampler() => _loop = Task.Run(Loop);

    public long PeakBytes => Interlocked.Read(ref _peak);

    private async Task Loop()
    {
        var self = Environment.ProcessId;
        while (!_stop.IsCancellationRequested)
        {
            var total = Process.GetCurrentProcess().WorkingSet64 + ChildrenRss(self);
            if (total > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, total);
            }

            try
            {
                await Task.Delay(50, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The resident memory of this process's children: their ids come from /proc/self/task/*/children (the
    /// children each thread started; a few small files, so sampling costs next to nothing), else from a walk
    /// over every process's parent id.
    /// </summary>
    private static long ChildrenRss(int parent)
    {
        long total = 0;
        foreach (var child in Children(parent))
        {
            try
            {
                // /proc/PID/stat: "pid (comm) state ppid …"; fields after the comm's closing parenthesis.
                var stat = File.ReadAllText($"/proc/{child}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parent)
                {
                    total += long.Parse(fields[21], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read.
            }
        }

        return total;
    }

    private static IEnumerable<string> Children(int parent)
    {
        var tasks = $"/proc/{parent}/task";
        if (File.Exists(Path.Combine(tasks, parent.ToString(CultureInfo.InvariantCulture), "children")))
        {
            var ids = new List<string>();
            foreach (var task in Directory.EnumerateDirectories(tasks))
            {
                try
                {
                    ids.AddRange(File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                catch (IOException)
                {
                    // The thread ended while being read.
                }
            }

            return ids;
        }

        return Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit))!;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _loop.GetAwaiter().GetResult();
        _stop.Dispose();
    }
}
