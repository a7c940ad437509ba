using System.Collections.Concurrent;

namespace TongHop.Reading.Tests.Fixtures;

/// <summary>Records progress reports synchronously (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
public sealed class RecordingProgress : IProgress<ReadProgress>
{
    private readonly ConcurrentQueue<ReadProgress> _reports = new();

    public IReadOnlyList<ReadProgress> Reports => [.. _reports];

    public void Report(ReadProgress value) => _reports.Enqueue(value);
}
