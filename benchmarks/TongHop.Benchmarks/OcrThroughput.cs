using System.Diagnostics;
using System.Globalization;
using TongHop.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace TongHop.Benchmarks;

/// <summary>
/// Pages per minute for a scanned PDF through TongHop's whole pipeline (read with parallel OCR, repair,
/// extract) against plain sequential <c>tesseract</c> on the same page images, in the same run, as a
/// ratio; and peak memory (this process plus its tesseract children, sampled). The N-page scan is built
/// from the 2 pages of the committed scan fixture, so nothing large is committed.
///   dotnet run -c Release --project benchmarks/TongHop.Benchmarks -- ocr [--pages 50] [--baseline-pages N]
/// </summary>
internal static class OcrThroughput
{
    public static int Run(string[] args)
    {
        var pages = IntArg(args, "--pages", 50);
        var baselinePages = IntArg(args, "--baseline-pages", pages);
        var work = Directory.CreateTempSubdirectory("tonghop-ocr-bench-");
        try
        {
            var (pdf, images) = BuildScan(work.FullName, pages);
            var baseline = SequentialTesseract(images.Take(baselinePages).ToList());
            var (ours, peakBytes) = MeasurePipeline(pdf);
            Print(pages, baselinePages, baseline, ours, peakBytes);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

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

    /// <summary>An N-page image-only PDF repeating the fixture's pages, and each page's JPEG for the baseline.</summary>
    private static (string Pdf, List<string> Images) BuildScan(string dir, int pages)
    {
        var fixture = Path.Combine(RepoRoot(), "tests", "fixtures", "formats", "bao-cao-phuong-tan-an.scan.pdf");
        using var source = PdfDocument.Open(fixture);
        var builder = new PdfDocumentBuilder();
        var images = new List<string>();
        for (var i = 0; i < pages; i++)
        {
            var number = (i % source.NumberOfPages) + 1;
            builder.AddPage(source, number);
            var image = Path.Combine(dir, $"page-{i + 1:D3}.jpg");
            File.WriteAllBytes(image, source.GetPage(number).GetImages().Single().RawMemory.ToArray());
            images.Add(image);
        }

        var pdf = Path.Combine(dir, "scan.pdf");
        File.WriteAllBytes(pdf, builder.Build());
        return (pdf, images);
    }

    /// <summary>One plain tesseract process per page, one after the other, with tesseract's default threading.</summary>
    private static TimeSpan SequentialTesseract(List<string> images)
    {
        var clock = Stopwatch.StartNew();
        foreach (var image in images)
        {
            using var process = Process.Start(new ProcessStartInfo("tesseract", [image, "stdout", "-l", "vie"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }

        return clock.Elapsed;
    }

    private static (TimeSpan Elapsed, long PeakBytes) MeasurePipeline(string pdf)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        using var sampler = new MemorySampler();
        var clock = Stopwatch.StartNew();
        var result = pipeline.Run(pdf);
        var elapsed = clock.Elapsed;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the benchmark scan could not be read: " + result.Error);
        }

        return (elapsed, sampler.PeakBytes);
    }

    private static void Print(int pages, int baselinePages, TimeSpan baseline, TimeSpan ours, long peakBytes)
    {
        var baselineRate = baselinePages / baseline.TotalMinutes;
        var oursRate = pages / ours.TotalMinutes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ocr: {pages} pages through the pipeline in {ours.TotalSeconds:0.0} s = {oursRate:0.0} pages/min; " +
            $"sequential tesseract: {baselinePages} pages in {baseline.TotalSeconds:0.0} s = {baselineRate:0.0} pages/min; " +
            $"ratio {oursRate / baselineRate:0.00}x on {Environment.ProcessorCount} cores; " +
            $"peak memory {peakBytes / (1024.0 * 1024):0} MB (process + tesseract children)"));
    }
}
