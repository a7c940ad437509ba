using System.Diagnostics;
using System.Globalization;
using System.Text;
using TongHop.Reading;
using TongHop.Reading.Ocr;
using TongHop.Reading.Preprocessing;
using TongHop.Repair;
using TongHop.Repair.Scoring;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace TongHop.Benchmarks;

/// <summary>
/// OCR accuracy and speed of the Reading stage on (scan, ground truth) pairs, against the plain Tesseract
/// pipeline measured side by side in the same run: <c>pdftoppm -gray</c> (PGM) of every page, then one
/// single-threaded <c>tesseract -l vie</c> per core. For each file: pages, seconds, character error rate
/// (whitespace-normalised: every run of white space is one space) of both; then the totals, the time
/// per page, the ratio and the peak memory of TongHop's read (this process plus its children).
///   TongHop.Benchmarks ocr [DIR|FILE ...] [--preprocess default|none|ink,greyseal,lines,perspective,deskew,light,backpage,undivided,resolution,orientation]
///                          [--repeat-pages N] [--no-baseline] [--repair] [--min-line-height PX] [--keep-noise] [--no-reread]
///                          [--no-backpage] [--no-undivided] [--tesseract-var NAME=VALUE ...]
/// With <c>--repair</c> TongHop's text also goes through the repair the extraction pipeline applies to its own
/// OCR (<see cref="VietnameseTextRepairer"/>, the Tesseract-Vietnamese channel), and the exact-syllable accuracy
/// (<see cref="SyllableAccuracy"/>, the measure of <c>score_restore.py</c>) of the text before and after repair is printed.
/// A scan's ground truth is the .txt file of the same name beside it. Without inputs, the committed
/// scan fixture is used. <c>--repeat-pages N</c> builds one N-page PDF from the first input's pages (for the
/// memory goal on 50 pages). tools/ocr-pairs/make-pairs.sh makes development pairs. With
/// <c>TONGHOP_OCR_DUMP=DIR</c> both texts and the reader's notes are written there, to look at.
/// </summary>
internal static class OcrThroughput
{
    public static int Run(string[] args)
    {
        var inputs = Inputs(args);
        var repeat = IntArg(args, "--repeat-pages", 0);
        var baseline = !args.Contains("--no-baseline");
        var repair = args.Contains("--repair");
        var preprocess = Preprocess(StringArg(args, "--preprocess") ?? "default");
        if (IntArg(args, "--min-line-height", 0) is > 0 and var minLine)
        {
            preprocess = preprocess with { MinLineHeight = minLine };
        }

        if (args.Contains("--no-backpage"))
        {
            preprocess = preprocess with { WhitenShowThrough = false };
        }

        if (args.Contains("--no-undivided"))
        {
            preprocess = preprocess with { ReadUndividedToo = false };
        }

        var variables = new Dictionary<string, string>();
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--tesseract-var" && args[i + 1].Split('=', 2) is [var name, var value])
            {
                variables[name] = value;
            }
        }

        var reader = DocumentReader.CreateDefault(new ReadingOptions { Ocr = OcrOptions.FromEnvironment() with { Preprocess = preprocess, DropNoiseWords = !args.Contains("--keep-noise"), RereadMissedText = !args.Contains("--no-reread"), RereadBrokenStrokes = !args.Contains("--no-widen"), TesseractVariables = variables } });
        var work = Directory.CreateTempSubdirectory("tonghop-ocr-bench-");
        try
        {
            if (repeat > 0)
            {
                inputs = [(Repeat(inputs[0].Scan, repeat, work.FullName), null)];
            }

            Console.WriteLine($"ocr: {inputs.Count} file(s), preprocess {Describe(preprocess)}, {Environment.ProcessorCount} cores, load {Load()}");
            var total = new Totals();
            foreach (var (scan, truth) in inputs)
            {
                total.Add(Measure(reader, scan, truth, baseline, repair, work.FullName));
            }

            total.Print(baseline, repair);
            Console.WriteLine($"load after: {Load()}");
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static Row Measure(DocumentReader reader, string scan, string? truth, bool baseline, bool repair, string work)
    {
        var expected = truth is null ? null : File.ReadAllText(truth);
        Side? plain = baseline ? Baseline(scan, work) : null;
        using var sampler = new MemorySampler();
        var cpu = CpuClock.Now();
        var clock = Stopwatch.StartNew();
        var read = reader.Read(scan);
        var elapsed = clock.Elapsed;
        cpu = CpuClock.Now() - cpu;
        var peak = sampler.PeakBytes;
        if (!read.Succeeded)
        {
            throw new InvalidOperationException($"{scan} could not be read: {read.Error}");
        }

        var ours = new Side(elapsed, read.Source.Text) { Times = read.OcrTimes, Cpu = cpu, PeakBytes = peak };
        if (repair)
        {
            ours = ours with { Restored = VietnameseTextRepairer.Default.Repair(read.Source.Text, read.Source.TextFrom).Restored };
        }

        if (Environment.GetEnvironmentVariable("TONGHOP_OCR_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            File.WriteAllText(Path.Combine(dump, Path.GetFileName(scan) + ".tonghop.txt"), ours.Text);
            File.WriteAllLines(Path.Combine(dump, Path.GetFileName(scan) + ".notes.txt"), read.Notes);
            if (ours.Restored is not null)
            {
                File.WriteAllText(Path.Combine(dump, Path.GetFileName(scan) + ".restored.txt"), ours.Restored);
            }

            if (plain is not null)
            {
                File.WriteAllText(Path.Combine(dump, Path.GetFileName(scan) + ".baseline.txt"), plain.Text);
            }
        }

        var row = new Row(Path.GetFileName(scan), read.Source.Pages ?? 1, ours, plain, expected);
        row.Print();
        return row;
    }

    /// <summary>pdftoppm renders every page to PGM (one process, as a user would run it), then one tesseract per core.</summary>
    private static Side Baseline(string scan, string work)
    {
        var dir = Directory.CreateTempSubdirectory("baseline-").FullName;
        try
        {
            using var sampler = new MemorySampler();
            var cpu = CpuClock.Now();
            var clock = Stopwatch.StartNew();
            string[] images;
            if (scan.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                Exec("pdftoppm", ["-r", "300", "-gray", scan, Path.Combine(dir, "p")]);
                images = Directory.GetFiles(dir, "*.pgm").Order(StringComparer.Ordinal).ToArray();
            }
            else
            {
                images = [scan];
            }

            var texts = new string[images.Length];
            Parallel.For(0, images.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                texts[i] = Exec("tesseract", [images[i], "stdout", "-l", "vie", "--psm", "3"]));
            var elapsed = clock.Elapsed;
            return new Side(elapsed, string.Join("\n", texts)) { Cpu = CpuClock.Now() - cpu, PeakBytes = sampler.PeakBytes };
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Exec(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.GetAwaiter().GetResult();
        return output;
    }

    /// <summary>Character error rate after every run of white space became one space (the nom-vn benchmark's measure).</summary>
    internal static (int Distance, int Length) Errors(string expected, string actual)
    {
        var a = Normalise(expected);
        var b = Normalise(actual);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return (previous[b.Length], a.Length);
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<(string Scan, string? Truth)> Inputs(string[] args)
    {
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i += args[i] is "--no-baseline" or "--repair" or "--keep-noise" or "--no-reread" or "--no-widen" or "--no-backpage" or "--no-undivided" ? 0 : 1;
                continue;
            }

            paths.Add(args[i]);
        }

        if (paths.Count == 0)
        {
            paths.Add(Path.Combine(RepoRoot(), "tests", "fixtures", "formats", "bao-cao-phuong-tan-an.scan.pdf"));
        }

        string[] kinds = [".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"];
        return paths
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Where(f => kinds.Contains(Path.GetExtension(f).ToLowerInvariant())) : [p])
            .Order(StringComparer.Ordinal)
            .Select(scan => (scan, Truth(scan)))
            .ToList();
    }

    private static string? Truth(string scan)
    {
        var truth = Path.ChangeExtension(scan, ".txt");
        if (File.Exists(truth))
        {
            return truth;
        }

        var fixture = Path.Combine(Path.GetDirectoryName(scan)!, Path.GetFileName(scan).Split('.')[0] + ".txt");
        return File.Exists(fixture) ? fixture : null;
    }

    /// <summary>An N-page PDF repeating the pages of <paramref name="pdf"/> (their image streams copied as they are).</summary>
    private static string Repeat(string pdf, int pages, string dir)
    {
        using var source = PdfDocument.Open(pdf);
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(source, (i % source.NumberOfPages) + 1);
        }

        var output = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(pdf)}-x{pages}.pdf");
        File.WriteAllBytes(output, builder.Build());
        return output;
    }

    internal static PreprocessOptions Preprocess(string spec)
    {
        if (spec == "default")
        {
            return new PreprocessOptions();
        }

        var steps = spec == "none" ? [] : spec.Split(',').ToHashSet();
        return PreprocessOptions.None with
        {
            RemoveColouredInk = steps.Contains("ink"),
            RemoveGreySeals = steps.Contains("greyseal"),
            RemoveRulingLines = steps.Contains("lines"),
            CorrectPerspective = steps.Contains("perspective"),
            Deskew = steps.Contains("deskew"),
            AdaptiveBinarisation = steps.Contains("light"),
            WhitenShowThrough = steps.Contains("backpage"),
            ReadUndividedToo = steps.Contains("undivided"),
            NormaliseResolution = steps.Contains("resolution"),
            FixOrientation = steps.Contains("orientation"),
        };
    }

    private static string Describe(PreprocessOptions o)
    {
        var steps = new List<string>();
        if (o.RemoveColouredInk) steps.Add("ink");
        if (o.RemoveGreySeals) steps.Add("greyseal");
        if (o.RemoveRulingLines) steps.Add("lines");
        if (o.CorrectPerspective) steps.Add("perspective");
        if (o.Deskew) steps.Add("deskew");
        if (o.AdaptiveBinarisation) steps.Add("light");
        if (o.WhitenShowThrough) steps.Add("backpage");
        if (o.ReadUndividedToo) steps.Add("undivided");
        if (o.NormaliseResolution) steps.Add("resolution");
        if (o.FixOrientation) steps.Add("orientation");
        return steps.Count == 0 ? "none" : string.Join(",", steps);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TongHop.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record Side(TimeSpan Elapsed, string Text)
    {
        public PageTimes Times { get; init; }

        /// <summary>CPU time of the process and its children (tesseract, pdftoppm) over the read.</summary>
        public TimeSpan Cpu { get; init; }

        /// <summary>Peak resident memory of the process plus its children over the read.</summary>
        public long PeakBytes { get; init; }

        /// <summary>The text after the pipeline's repair (with <c>--repair</c>).</summary>
        public string? Restored { get; init; }
    }

    private sealed record Row(string Name, int Pages, Side Ours, Side? Plain, string? Truth)
    {
        public (int Distance, int Length)? OursErrors { get; } = Truth is null ? null : Errors(Truth, Ours.Text);

        public (int Distance, int Length)? PlainErrors { get; } = Truth is null || Plain is null ? null : Errors(Truth, Plain.Text);

        /// <summary>The errors of TongHop's text after the pipeline's repair (with <c>--repair</c>).</summary>
        public (int Distance, int Length)? RepairedErrors { get; } = Truth is null || Ours.Restored is null ? null : Errors(Truth, Ours.Restored);

        /// <summary>Exactly matched syllables of the truth in the OCR text and in the repaired text (with <c>--repair</c>).</summary>
        public ((int Matched, int Total) Read, (int Matched, int Total) Repaired)? Syllables { get; } =
            Truth is null || Ours.Restored is null ? null : (SyllableAccuracy.Count(Ours.Text, Truth), SyllableAccuracy.Count(Ours.Restored, Truth));

        public void Print() => Console.WriteLine(
            FormattableString.Invariant($"  {Name,-34} {Pages,3} p  tonghop {Ours.Elapsed.TotalSeconds,6:0.0} s (cpu {Ours.Cpu.TotalSeconds,6:0.0} s) CER {Cer(OursErrors)}  peak {Mb(Ours.PeakBytes),5:0} MB") +
            (Plain is null ? "" : FormattableString.Invariant($"  |  pdftoppm+tesseract {Plain.Elapsed.TotalSeconds,6:0.0} s (cpu {Plain.Cpu.TotalSeconds,6:0.0} s) CER {Cer(PlainErrors)}  peak {Mb(Plain.PeakBytes),5:0} MB")) +
            (Syllables is { } s ? FormattableString.Invariant($"  |  exact syllables {Share(s.Read)} read, {Share(s.Repaired)} repaired, CER repaired {Cer(RepairedErrors)}") : ""));
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024);

    private static string Share((int Matched, int Total) count) =>
        (count.Total == 0 ? 1.0 : count.Matched / (double)count.Total).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Cer((int Distance, int Length)? errors) =>
        errors is { } e && e.Length > 0 ? (e.Distance / (double)e.Length).ToString("P2", CultureInfo.InvariantCulture) : "   -  ";

    private sealed class Totals
    {
        private readonly List<Row> _rows = [];

        public void Add(Row row) => _rows.Add(row);

        public void Print(bool baseline, bool repair)
        {
            var pages = _rows.Sum(r => r.Pages);
            var ours = _rows.Sum(r => r.Ours.Elapsed.TotalSeconds);
            var oursCpu = _rows.Sum(r => r.Ours.Cpu.TotalSeconds);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"total: {pages} pages; tonghop {ours:0.0} s = {ours / pages:0.00} s/page (cpu {oursCpu / pages:0.00} s/page), CER {Cer(Sum(r => r.OursErrors))}, peak memory {Mb(_rows.Max(r => r.Ours.PeakBytes)):0} MB");
            if (baseline)
            {
                var plain = _rows.Sum(r => r.Plain!.Elapsed.TotalSeconds);
                var plainCpu = _rows.Sum(r => r.Plain!.Cpu.TotalSeconds);
                line += string.Create(CultureInfo.InvariantCulture,
                    $"; pdftoppm+tesseract per core {plain:0.0} s = {plain / pages:0.00} s/page (cpu {plainCpu / pages:0.00} s/page), CER {Cer(Sum(r => r.PlainErrors))}, peak memory {Mb(_rows.Max(r => r.Plain!.PeakBytes)):0} MB");
                line += string.Create(CultureInfo.InvariantCulture, $"; time ratio {ours / plain:0.00}x (cpu {oursCpu / plainCpu:0.00}x)");
            }

            Console.WriteLine(line);
            var syllables = _rows.Where(r => r.Syllables is not null).Select(r => r.Syllables!.Value).ToList();
            if (repair && syllables.Count > 0)
            {
                var read = (syllables.Sum(s => s.Read.Matched), syllables.Sum(s => s.Read.Total));
                var repaired = (syllables.Sum(s => s.Repaired.Matched), syllables.Sum(s => s.Repaired.Total));
                var shares = syllables.Select(s => s.Repaired.Total == 0 ? 1.0 : s.Repaired.Matched / (double)s.Repaired.Total).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"exact syllables (pooled over {syllables.Count} files): {Share(read)} as read, {Share(repaired)} after repair; per file after repair: mean {shares.Average():0.0000}, lowest {shares.Min():0.0000}; CER after repair {Cer(Sum(r => r.RepairedErrors))}"));
            }

            var image = _rows.Sum(r => r.Ours.Times.Image.TotalSeconds);
            var preprocess = _rows.Sum(r => r.Ours.Times.Preprocess.TotalSeconds);
            var tesseract = _rows.Sum(r => r.Ours.Times.Tesseract.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tonghop's page work, summed over workers: page images (written out or rendered) {image:0.0} s; preprocessing {preprocess:0.0} s = {preprocess / Math.Max(tesseract, 1e-9):P1} of the {tesseract:0.0} s in tesseract"));
        }

        private (int, int)? Sum(Func<Row, (int Distance, int Length)?> errors)
        {
            var known = _rows.Select(errors).Where(e => e is not null).Select(e => e!.Value).ToList();
            return known.Count == 0 ? null : (known.Sum(e => e.Distance), known.Sum(e => e.Length));
        }
    }
}
