using System.Globalization;
using TongHop.Repair;

namespace TongHop.Benchmarks;

/// <summary>
/// The repair of texts TongHop's OCR already read, without reading the scans again: for tuning the
/// Tesseract-Vietnamese channel on the texts <c>TONGHOP_OCR_DUMP=DIR TongHop.Benchmarks ocr PAIRS</c> wrote.
///   TongHop.Benchmarks ocr-repair DUMP_DIR PAIRS_DIR [--model DIR] [--vie-lm-weight W] [--noisy-lm-weight W] [--noisy-quality Q] [--out DIR]
/// For every <c>NAME.pdf.tonghop.txt</c> in DUMP_DIR the truth is <c>PAIRS_DIR/NAME.txt</c>; prints the CER as read and
/// after repair, file by file and pooled (same measure as <c>ocr</c>). <c>--model</c> loads the repair model from another
/// folder (a relearnt <c>confusion-vie.tsv</c> beside the shipped files); <c>--out</c> writes each repaired text there
/// (<c>NAME.pdf.restored.txt</c>).
/// </summary>
internal static class OcrTextRepair
{
    public static int Run(string[] args)
    {
        var positional = new List<string>();
        string? modelDir = null;
        float? weight = null;
        float? noisyWeight = null;
        double? noisyQuality = null;
        string? outDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--model": modelDir = args[++i]; break;
                case "--out": outDir = args[++i]; break;
                case "--vie-lm-weight": weight = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--noisy-lm-weight": noisyWeight = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--noisy-quality": noisyQuality = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: positional.Add(args[i]); break;
            }
        }

        if (positional.Count != 2)
        {
            Console.Error.WriteLine("usage: ocr-repair DUMP_DIR PAIRS_DIR [--model DIR] [--vie-lm-weight W]");
            return 2;
        }

        var model = modelDir is null ? RepairModel.Default : RepairModel.Load(modelDir);
        var options = new RepairOptions();
        options = weight is { } w ? options with { VietnameseOcrLmWeight = w } : options;
        options = noisyWeight is { } nw ? options with { NoisyVietnameseOcrLmWeight = nw } : options;
        options = noisyQuality is { } q ? options with { NoisyVietnameseOcrQuality = q } : options;
        var repairer = new VietnameseTextRepairer(model, options);
        (int D, int L) read = (0, 0), repaired = (0, 0);
        foreach (var dump in Directory.GetFiles(positional[0], "*.pdf.tonghop.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dump)[..^".pdf.tonghop.txt".Length];
            var truthPath = Path.Combine(positional[1], name + ".txt");
            if (!File.Exists(truthPath))
            {
                continue;
            }

            var truth = File.ReadAllText(truthPath);
            var text = File.ReadAllText(dump);
            var before = OcrThroughput.Errors(truth, text);
            var result = repairer.Repair(text, "ocr");
            var after = OcrThroughput.Errors(truth, result.Restored);
            if (outDir is not null)
            {
                Directory.CreateDirectory(outDir);
                File.WriteAllText(Path.Combine(outDir, name + ".pdf.restored.txt"), result.Restored);
            }

            read = (read.D + before.Distance, read.L + before.Length);
            repaired = (repaired.D + after.Distance, repaired.L + after.Length);
            Console.WriteLine(FormattableString.Invariant($"  {name,-28} CER read {100.0 * before.Distance / before.Length,6:0.00} %  repaired {100.0 * after.Distance / after.Length,6:0.00} %  quality {result.Quality:0.000}"));
        }

        Console.WriteLine(FormattableString.Invariant($"pooled: CER read {100.0 * read.D / Math.Max(1, read.L):0.00} %, after repair {100.0 * repaired.D / Math.Max(1, repaired.L):0.00} %"));
        return 0;
    }
}
