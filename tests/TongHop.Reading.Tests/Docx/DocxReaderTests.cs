using System.IO.Compression;
using TongHop.Reading.Docx;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;

namespace TongHop.Reading.Tests.Docx;

public sealed class DocxReaderTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault();

    [Fact]
    public void Read_GeneratedReport_GivesTheCleanTextLineForLine()
    {
        var clean = FormatFixtures.CleanText;
        using var file = new TempFile(DocxFixtureWriter.Write(clean), ".docx");
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("docx", "docx"), (result.Source.Format, result.Source.TextFrom));
        Assert.Equal(NonBlankLines(clean), NonBlankLines(result.Source.Text));
    }

    [Fact]
    public void Read_StackedHeaderCells_PairsTheirLinesWithTab()
    {
        var docx = DocxFixtureWriter.Write("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN AN\tĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO");
        using var file = new TempFile(docx, ".docx");
        var lines = _reader.Read(file.Path).Source!.Text.Split('\n');
        Assert.Equal(["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG TÂN AN\tĐộc lập - Tự do - Hạnh phúc", "BÁO CÁO"], lines);
    }

    [Fact]
    public void Read_HeaderAndFooter_AreIncludedWithoutPageNumbers()
    {
        var docx = DocxFixtureWriter.Write("A\tB\nNội dung báo cáo", headerText: "Dự thảo", footerText: "Báo cáo số 418/BC-UBND");
        using var file = new TempFile(docx, ".docx");
        var text = _reader.Read(file.Path).Source!.Text;
        Assert.Equal("Dự thảo\nA\tB\nNội dung báo cáo\nBáo cáo số 418/BC-UBND", text);
    }

    [Fact]
    public void Read_TruncatedDocx_FailsAsDamaged()
    {
        var docx = DocxFixtureWriter.Write(FormatFixtures.CleanText);
        using var file = new TempFile(docx[..(docx.Length / 2)], ".docx");
        var result = _reader.Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("damaged or truncated", result.Error);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedWithinBoundedTime()
    {
        using var file = new TempFile(ZipWith("word/document.xml", 300L * 1024 * 1024), ".docx");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = new DocumentReader([new DocxReader(new ArchiveLimits { MaxUncompressedBytes = 20L * 1024 * 1024 })]).Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("zip bomb", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Read_ZipThatIsNotWord_FailsWithReason()
    {
        using var file = new TempFile(ZipWith("data.csv", 1000), ".docx");
        var result = _reader.Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("not a Word document", result.Error);
    }

    /// <summary>A ZIP holding one entry of <paramref name="size"/> zero bytes (compresses about 1000:1).</summary>
    private static byte[] ZipWith(string entryName, long size)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = archive.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.Length)
            {
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, size - written));
            }
        }

        return stream.ToArray();
    }

    private static string[] NonBlankLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
}
