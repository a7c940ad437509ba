namespace TongHop.Reading;

/// <summary>
/// Per-call settings of a read: where progress goes and when to stop. Options that hold for every
/// read (models, limits) live in <see cref="ReadingOptions"/> instead.
/// </summary>
public sealed record ReadContext(IProgress<ReadProgress>? Progress, CancellationToken CancellationToken)
{
    public static ReadContext None { get; } = new(null, CancellationToken.None);

    internal void Report(string path, string stage, int done, int total) =>
        Progress?.Report(new ReadProgress(path, stage, done, total));
}
