using System.Globalization;
using System.Text;
using System.Text.Json;
using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators;
using TongHop.Extraction.Indicators.Confidence;
using TongHop.Parsing;
using TongHop.Pipeline;

namespace TongHop.Benchmarks;

/// <summary>
/// How right the indicator values are, by the confidence the extractor gives them: runs read → repair → parse →
/// indicators on every input that has a gold file, matches values to the gold as <c>score_extract.py</c> does (same
/// key, value within 0.5 % or 0.05), and prints per-document F1, the mean F1 and the reliability table (confidence
/// bucket → share of values that are right). <c>--dump FILE</c> writes one line per value with the features the
/// confidence model reads, for <c>--fit</c>, which fits the model's weights (logistic regression) and prints them.
/// </summary>
internal static class ReliabilityBenchmark
{
    private static readonly double[] Buckets = [0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

    public static int Run(string[] args)
    {
        string? goldDir = null, dump = null;
        var details = false;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--gold" when i + 1 < args.Length:
                    goldDir = args[++i];
                    break;
                case "--dump" when i + 1 < args.Length:
                    dump = args[++i];
                    break;
                case "--details":
                    details = true;
                    break;
                case "--fit" when i + 1 < args.Length:
                    return ConfidenceFit.Run(args[(i + 1)..]);
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        var inputs = paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
                : [p])
            .Order(StringComparer.Ordinal)
            .Select(f => (File: f, Gold: GoldFor(f, goldDir)))
            .Where(x => x.Gold is not null)
            .ToList();
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("usage: TongHop.Benchmarks reliability [--gold DIR] INPUT_FILE_OR_DIR ... [--details] [--dump FILE] | --fit FILE [--ridge R] [--features a,b] [--check HELD_FILE]");
            return 2;
        }

        var pipeline = ExtractionPipeline.CreateDefault();
        var parser = new DocumentParser();
        var extractor = new IndicatorExtractor();
        var judged = new List<(double Confidence, bool Right)>();
        var f1s = new List<double>();
        var lines = new StringBuilder();
        foreach (var (file, gold) in inputs)
        {
            var read = pipeline.Reader.Read(file);
            if (!read.Succeeded)
            {
                Console.WriteLine($"{Path.GetFileName(file)}: unreadable ({read.Error})");
                continue;
            }

            var document = parser.Parse(pipeline.Repairer.Repair(read.Source!.Text).Restored);
            var extraction = extractor.Extract(document);
            var (right, f1, misses) = Judge(extraction.Indicators, ReadGold(gold!));
            f1s.Add(f1);
            Console.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}: F1 {f1:0.00} ({extraction.Indicators.Count} values, {right.Count(r => r)} right)");
            for (var i = 0; i < extraction.Indicators.Count; i++)
            {
                var v = extraction.Indicators[i];
                judged.Add((v.Confidence, right[i]));
                if (details && !right[i])
                {
                    Console.WriteLine($"    EXTRA {v.Key}={v.Value.ToString(CultureInfo.InvariantCulture)} ({Kind(v.Kind)}) c={v.Confidence:0.00} | {Short(v.Evidence)}");
                }

                var features = extraction.Features is { } all ? all[i] : null;
                lines.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\t{v.Key}\t{v.Value}\t{Kind(v.Kind)}\t{v.Confidence}\t{(right[i] ? 1 : 0)}");
                foreach (var x in features?.Values ?? [])
                {
                    lines.Append(CultureInfo.InvariantCulture, $"\t{x}");
                }

                lines.Append('\n');
            }

            if (details)
            {
                foreach (var miss in misses)
                {
                    Console.WriteLine("    MISS " + miss);
                }
            }
        }

        Console.WriteLine($"documents {f1s.Count}: mean indicator F1 {f1s.Average():0.000}");
        PrintTable(judged);
        if (dump is not null)
        {
            var header = "file\tkey\tvalue\tkind\tconfidence\tright\t" + string.Join('\t', ConfidenceFeatures.Names);
            File.WriteAllText(dump, header + "\n" + lines);
            Console.WriteLine($"features of {judged.Count} values written to {dump}");
        }

        return 0;
    }

    private static void PrintTable(List<(double Confidence, bool Right)> judged)
    {
        Console.WriteLine("confidence    values  right   share right");
        for (var b = 0; b + 1 < Buckets.Length; b++)
        {
            var inBucket = judged.Where(j => j.Confidence >= Buckets[b] && j.Confidence < Buckets[b + 1]).ToList();
            var share = inBucket.Count == 0 ? "-" : (inBucket.Count(j => j.Right) / (double)inBucket.Count).ToString("0.000", CultureInfo.InvariantCulture);
            Console.WriteLine($"[{Buckets[b]:0.00}, {Math.Min(1, Buckets[b + 1]):0.00}{(b + 2 == Buckets.Length ? "]" : ")")}  {inBucket.Count,6}  {inBucket.Count(j => j.Right),5}   {share}");
        }

        var high = judged.Where(j => j.Confidence >= 0.9).ToList();
        Console.WriteLine($"confidence >= 0.9: {high.Count} values, {(high.Count == 0 ? 0 : high.Count(j => j.Right) / (double)high.Count):0.000} right; " +
                          $"all: {judged.Count} values, {(judged.Count == 0 ? 0 : judged.Count(j => j.Right) / (double)judged.Count):0.000} right; " +
                          $"Brier score {(judged.Count == 0 ? 0 : judged.Average(j => Math.Pow(j.Confidence - (j.Right ? 1 : 0), 2))):0.000}");
    }

    private static string Kind(ValueKind kind) => kind == ValueKind.Target ? "target" : "actual";

    private static string Short(string s) => s.Length <= 140 ? s.Replace('\n', ' ') : s[..140].Replace('\n', ' ') + "…";

    private static string? GoldFor(string file, string? goldDir)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var candidates = new List<string>();
        if (goldDir is not null)
        {
            candidates.Add(Path.Combine(goldDir, name + ".json"));
        }

        candidates.Add(Path.Combine(Path.GetDirectoryName(file) ?? ".", name + ".expected.json"));
        return candidates.FirstOrDefault(File.Exists);
    }

    private sealed record GoldValue(string Key, string Kind, decimal Value);

    private static List<GoldValue> ReadGold(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("indicators").EnumerateArray().Select(e => new GoldValue(
            e.GetProperty("key").GetString()!,
            e.TryGetProperty("kind", out var k) ? k.GetString() ?? "any" : "any",
            e.GetProperty("value").GetDecimal()))];
    }

    // score_extract.py: a value within 0.5 % or 0.05 of the gold's matches; the same key, kind and value stated twice counts once.
    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= Math.Max(0.051m, 0.005m * Math.Abs(b));

    private static (bool[] Right, double F1, List<string> Misses) Judge(IReadOnlyList<IndicatorValue> values, List<GoldValue> gold)
    {
        var right = new bool[values.Count];
        var distinct = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!distinct.Any(j => values[j].Key == values[i].Key && values[j].Kind == values[i].Kind && Close(values[j].Value, values[i].Value)))
            {
                distinct.Add(i);
            }
        }

        var used = new HashSet<int>();
        var misses = new List<string>();
        foreach (var g in gold)
        {
            var hit = distinct.FirstOrDefault(i => !used.Contains(i) && values[i].Key == g.Key && Close(values[i].Value, g.Value), -1);
            if (hit < 0)
            {
                misses.Add($"{g.Key}={g.Value.ToString(CultureInfo.InvariantCulture)} ({g.Kind})");
                continue;
            }

            used.Add(hit);
        }

        // A repeat of a right value is right too; anything else is wrong. Right as the confidence means it: also of the
        // gold's kind (a plan's figure read as a result is a wrong value to trust), unless the gold says "any".
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            right[i] = used.Any(u => values[u].Key == v.Key && values[u].Kind == v.Kind && Close(values[u].Value, v.Value)) &&
                       gold.Any(g => g.Key == v.Key && Close(v.Value, g.Value) && (g.Kind == "any" || g.Kind == Kind(v.Kind)));
        }

        var p = distinct.Count == 0 ? (gold.Count == 0 ? 1 : 0) : used.Count / (double)distinct.Count;
        var r = gold.Count == 0 ? 1 : used.Count / (double)gold.Count;
        return (right, p + r == 0 ? 0 : 2 * p * r / (p + r), misses);
    }
}
