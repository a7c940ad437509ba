using System.Diagnostics;
using TongHop.Synthesis.Docx;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Tests.Support;
using TongHop.Testing;

namespace TongHop.Synthesis.Tests.Docx;

/// <summary>
/// A broken document fails the build: LibreOffice (Debian <c>libreoffice-writer</c>) converts the synthesis
/// to PDF and poppler's <c>pdftoppm</c> renders page 1, saved to artifacts/screenshots/ for a human to look at.
/// </summary>
public sealed class LibreOfficeConversionTests
{
    [Fact]
    public void Convert_SynthesisDocx_GivesAPdfOfSeveralPagesAndAPageOnePng()
    {
        var work = Directory.CreateTempSubdirectory("tonghop-synthesis-");
        try
        {
            var docx = Path.Combine(work.FullName, "bao-cao-tong-hop.docx");
            File.WriteAllBytes(docx, DocxReportWriter.Write(SynthesisDrafter.Draft(SampleProvince.Input, SampleProvince.Options)));
            // A profile of its own per run: two LibreOffice processes sharing one profile block each other.
            Run("libreoffice", $"-env:UserInstallation=file://{work.FullName}/profile --headless --convert-to pdf --outdir {work.FullName} {docx}");
            var pdf = Path.Combine(work.FullName, "bao-cao-tong-hop.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
            Assert.True(PageCount(pdf) >= 2, "expected the report and its appendices on two or more pages");
            Run("pdftoppm", $"-png -r 60 -f 1 -l 1 {pdf} {Path.Combine(work.FullName, "page")}");
            var png = Directory.GetFiles(work.FullName, "page*.png").Single();
            Assert.True(new FileInfo(png).Length > 5_000, "page 1 rendered blank");
            var shots = SharedPaths.Repo("artifacts", "screenshots");
            Directory.CreateDirectory(shots);
            File.Copy(png, Path.Combine(shots, "synthesis-page1.png"), overwrite: true);
            // The page that ends the report: the signer's name and "Nơi nhận" laid out by LibreOffice, not only written in the XML.
            var pages = PageCount(pdf);
            var last = Enumerable.Range(1, pages).Last(p => Run("pdftotext", $"-f {p} -l {p} -layout {pdf} -").Contains("Nơi nhận:", StringComparison.Ordinal));
            var signature = Run("pdftotext", $"-f {last} -l {last} -layout {pdf} -");
            Assert.Contains(SampleProvince.Options.SignerName!, signature, StringComparison.Ordinal);
            Assert.Contains("Số:", Run("pdftotext", $"-f 1 -l 1 -layout {pdf} -"), StringComparison.Ordinal);
            Run("pdftoppm", $"-png -r 60 -f {last} -l {last} {pdf} {Path.Combine(work.FullName, "signature")}");
            File.Copy(Directory.GetFiles(work.FullName, "signature*.png").Single(), Path.Combine(shots, "synthesis-signature-page.png"), overwrite: true);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    // pdfinfo is in poppler-utils beside pdftoppm.
    private static int PageCount(string pdf)
    {
        var info = Run("pdfinfo", pdf);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{file} did not finish");
        Assert.True(process.ExitCode == 0, $"{file} failed ({process.ExitCode}): {error.Result}");
        return output.Result;
    }
}
