using System.Diagnostics;
using System.Globalization;
using TongHop.Repair;
using TongHop.Repair.Scoring;

namespace TongHop.Benchmarks;

/// <summary>
/// Syllables per second on one core for <see cref="VietnameseTextRepairer"/>: a cold pass (a freshly loaded
/// model, so every distinct token is seen for the first time) and a warm loop (the candidate cache filled, as
/// in a long-running server). With <c>OCR=CLEAN</c> pairs it also prints the exact syllable accuracy.
/// </summary>
internal static class RestoreThroughput
{
    public static int Run(string[] args)
    {
        var seconds = 10.0;
        var rounds = int.MaxValue;
        var options = new RepairOptions();
        var inputs = new List<(string Ocr, string? Clean)>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length)
            {
                seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--beam" && i + 1 < args.Length)
            {
                options = options with { BeamWidth = int.Parse(args[++i], CultureInfo.InvariantCulture) };
            }
            else if (args[i] == "--candidates" && i + 1 < args.Length)
            {
                options = options with { MaxCandidates = int.Parse(args[++i], CultureInfo.InvariantCulture) };
            }
            else if (args[i] == "--threshold" && i + 1 < args.Length)
            {
                options = options with { BeamThreshold = float.Parse(args[++i], CultureInfo.InvariantCulture) };
            }
            else if (args[i] == "--lm-weight" && i + 1 < args.Length)
            {
                options = options with { LmWeight = float.Parse(args[++i], CultureInfo.InvariantCulture) };
            }
            else if (args[i] == "--cache-bonus" && i + 1 < args.Length)
            {
                options = options with { CacheBonus = float.Parse(args[++i], CultureInfo.InvariantCulture) };
            }
            else if (args[i] == "--no-cache")
            {
                options = options with { CacheBonus = 0 };
            }
            else if (args[i] == "--rounds" && i + 1 < args.Length)
            {
                rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                seconds = double.MaxValue;
            }
            else
            {
                var parts = args[i].Split('=', 2);
                inputs.Add((parts[0], parts.Length == 2 ? parts[1] : null));
            }
        }

        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("usage: TongHop.Benchmarks restore OCR[=CLEAN] ... [--seconds N | --rounds N] [--beam N] [--threshold NATS] [--candidates N] [--lm-weight W] [--cache-bonus NATS] [--no-cache]");
            return 2;
        }

        var texts = inputs.Select(p => (Ocr: File.ReadAllText(p.Ocr), Clean: p.Clean is null ? null : File.ReadAllText(p.Clean), Name: p.Ocr)).ToList();
        var syllables = texts.Select(t => SyllableAccuracy.Tokens(t.Ocr).Length).ToList();

        var load = Stopwatch.StartNew();
        var repairer = new VietnameseTextRepairer(RepairModel.Load(RepairModel.DefaultDirectory), options);
        load.Stop();

        var cold = Stopwatch.StartNew();
        var restored = texts.Select(t => repairer.Repair(t.Ocr).Restored).ToList();
        cold.Stop();

        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Clean is { } clean)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"accuracy {texts[i].Name}: raw {SyllableAccuracy.Measure(texts[i].Ocr, clean):0.0000} → restored {SyllableAccuracy.Measure(restored[i], clean):0.0000}"));
            }
        }

        var total = syllables.Sum();
        long done = 0;
        var warm = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; warm.Elapsed.TotalSeconds < seconds && i < (long)rounds * texts.Count; i++)
        {
            repairer.Repair(texts[i % texts.Count].Ocr);
            done += syllables[i % texts.Count];
        }

        warm.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        Console.Write(FormattableString.Invariant(
            $"restore: model load {load.Elapsed.TotalSeconds:0.00} s; cold pass {total} syllables in {cold.Elapsed.TotalSeconds:0.00} s = {total / cold.Elapsed.TotalSeconds:0} syll/s; "));
        Console.WriteLine(FormattableString.Invariant(
            $"  warm {done / warm.Elapsed.TotalSeconds:0} syll/s wall, {done / cpuUsed.TotalSeconds:0} syll/CPU-s (one thread; load {loadAverage})"));
        return 0;
    }
}
