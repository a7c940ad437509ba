using System.Diagnostics;
using TongHop.Core.Documents;
using TongHop.Pipeline;

namespace TongHop.Benchmarks;

/// <summary>
/// Documents per second for the whole extract pipeline (repair, parse, extract, check) on text that was
/// read once up front, on all cores, process start and model loading excluded. It also prints the CPU time a
/// document costs: on a loaded machine the wall-clock rate says more about the other users than about the work.
/// </summary>
internal static class ExtractThroughput
{
    public static int Run(string[] args)
    {
        var seconds = 10.0;
        var warmup = 3.0;
        var stages = false;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length)
            {
                seconds = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--warmup" && i + 1 < args.Length)
            {
                warmup = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--stages")
            {
                stages = true;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        var pipeline = ExtractionPipeline.CreateDefault();
        var sources = InputFiles.Collect(paths).Select(p => pipeline.Reader.Read(p)).Where(r => r.Succeeded).Select(r => r.Source!).ToList();
        if (sources.Count == 0)
        {
            Console.Error.WriteLine("no readable input files");
            return 3;
        }

        // Warm-up, not measured: model loading and the JIT's tiers (a method reaches its final, optimised code
        // only after it has run for a while), as in a server that has been up for a few seconds.
        Measure(pipeline, sources, TimeSpan.FromSeconds(warmup));
        if (stages)
        {
            ExtractStages.Run(sources, TimeSpan.FromSeconds(seconds));
            return 0;
        }

        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var cpu = CpuClock.Now();
        var (documents, elapsed) = Measure(pipeline, sources, TimeSpan.FromSeconds(seconds));
        var cpuSeconds = (CpuClock.Now() - cpu).TotalSeconds;
        var chars = sources.Average(s => s.Text.Length);
        Console.WriteLine($"extract: {documents} documents in {elapsed.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores " +
                          $"= {documents / elapsed.TotalSeconds:0.0} documents/s (inputs: {sources.Count} files, mean {chars:0} chars; " +
                          $"{(GC.GetTotalAllocatedBytes() - allocated) / documents / 1024.0:0} KiB allocated and " +
                          $"{(GC.CollectionCount(0) - collections) / (double)documents:0.00} gen-0 collections and " +
                          $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / documents:0.00} ms paused for the collector per document; " +
                          $"{cpuSeconds * 1000 / documents:0.00} CPU ms per document, {documents / cpuSeconds * Environment.ProcessorCount:0.0} documents/s " +
                          $"if every core were this process's)");
        return 0;
    }

    private static (long Documents, TimeSpan Elapsed) Measure(ExtractionPipeline pipeline, IReadOnlyList<SourceText> sources, TimeSpan duration)
    {
        long documents = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            var i = worker;
            while (clock.Elapsed < duration)
            {
                pipeline.Extract(sources[i++ % sources.Count]);
                Interlocked.Increment(ref documents);
            }
        });
        return (documents, clock.Elapsed);
    }
}
