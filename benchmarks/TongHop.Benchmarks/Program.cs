using TongHop.Benchmarks;

// Benchmarks print numbers; they are recorded in docs/benchmarks.md. Run in Release:
//   dotnet run -c Release --project benchmarks/TongHop.Benchmarks -- extract [FILE|DIR ...]
return args.FirstOrDefault() switch
{
    "extract" => ExtractThroughput.Run(args[1..]),
    "reliability" => ReliabilityBenchmark.Run(args[1..]),
    "ocr" => OcrThroughput.Run(args[1..]),
    "ocr-repair" => OcrTextRepair.Run(args[1..]),
    "restore" => RestoreThroughput.Run(args[1..]),
    "search" => SearchThroughput.Run(args[1..]),
    "synthesize" => await SynthesisBenchmark.RunAsync(args[1..]),
    "seed-scale" => await ScaleSeeder.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: TongHop.Benchmarks extract [FILE|DIR ...] [--seconds N] [--warmup N] [--stages]");
    Console.Error.WriteLine("       TongHop.Benchmarks reliability [--gold DIR] FILE|DIR ... [--details] [--dump FEATURES.tsv] | --fit FEATURES.tsv [--ridge R] [--features a,b] [--check HELD.tsv]");
    Console.Error.WriteLine("       TongHop.Benchmarks ocr [DIR|FILE ...] [--preprocess default|none|ink,perspective,deskew,light,resolution,orientation] [--repeat-pages N] [--no-baseline] [--repair]");
    Console.Error.WriteLine("       TongHop.Benchmarks ocr-repair DUMP_DIR PAIRS_DIR [--model DIR] [--vie-lm-weight W] [--noisy-lm-weight W] [--noisy-quality Q] [--out DIR]");
    Console.Error.WriteLine("       TongHop.Benchmarks restore OCR[=CLEAN] ... [--seconds N | --rounds N] [--beam N] [--candidates N] [--no-cache]");
    Console.Error.WriteLine("       TongHop.Benchmarks search [--documents 40000]");
    Console.Error.WriteLine("       TongHop.Benchmarks synthesize [--units 120]");
    Console.Error.WriteLine("       TongHop.Benchmarks seed-scale --postgres CONN [--units 3321] [--periods 8] [--data DIR]  (see benchmarks/web-scale.sh)");
    return 2;
}
