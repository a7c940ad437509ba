using System.Diagnostics;
using TongHop.Core.Documents;
using TongHop.Extraction.Citations;
using TongHop.Extraction.Indicators;
using TongHop.Extraction.Metadata;
using TongHop.Extraction.Requests;
using TongHop.Parsing;
using TongHop.Repair;

namespace TongHop.Benchmarks;

/// <summary>
/// Where a document's time and memory go, stage by stage (`extract --stages`): the stages of
/// <see cref="Pipeline.ExtractionPipeline.Extract"/> called one after another on one thread, each timed with the
/// thread's own clock and its allocation counted. The stage list mirrors the pipeline's; the checks after extraction
/// are left out (they read what the stages wrote and cost little).
/// </summary>
internal static class ExtractStages
{
    private static readonly string[] Names = ["repair", "parse", "metadata", "request", "citations", "indicators"];

    public static void Run(IReadOnlyList<SourceText> sources, TimeSpan duration)
    {
        var repairer = VietnameseTextRepairer.Default;
        var parser = new DocumentParser();
        var metadata = new MetadataExtractor();
        var request = new RequestExtractor();
        var citations = new CitationExtractor();
        var indicators = new IndicatorExtractor();

        var ticks = new long[Names.Length];
        var bytes = new long[Names.Length];
        long documents = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration || i < sources.Count; i++)
        {
            var source = sources[i % sources.Count];
            var stage = 0;
            var repaired = Time(() => repairer.Repair(source.Text, source.TextFrom));
            var document = Time(() => parser.Parse(repaired.Restored));
            var read = Time(() => metadata.Extract(document, repaired.Repaired ? source.Text : null));
            Time(() => request.Extract(document, read));
            Time(() => citations.Extract(document));
            Time(() => indicators.Extract(document));
            documents++;

            T Time<T>(Func<T> run)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                var result = run();
                ticks[stage] += Stopwatch.GetTimestamp() - start;
                bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - before;
                stage++;
                return result;
            }
        }

        var total = ticks.Sum();
        Console.WriteLine($"stages (one thread, {documents} documents):");
        for (var s = 0; s < Names.Length; s++)
        {
            Console.WriteLine($"  {Names[s],-10} {ticks[s] * 1000.0 / Stopwatch.Frequency / documents,7:0.00} ms {100.0 * ticks[s] / total,5:0.0} % " +
                              $"{bytes[s] / 1024.0 / documents,7:0} KiB");
        }
    }
}
