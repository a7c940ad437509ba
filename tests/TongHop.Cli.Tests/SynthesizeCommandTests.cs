using DocumentFormat.OpenXml.Packaging;

namespace TongHop.Cli.Tests;

/// <summary><c>tonghop synthesize</c>: the demo province end to end, and every bad input with its exit code.</summary>
public sealed class SynthesizeCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("tonghop-synthesize-");

    private string InWork(string name) => Path.Combine(_work.FullName, name);

    [Fact]
    public void Synthesize_Demo_WritesDocxAndXlsx()
    {
        var (code, stdout, stderr) = CliRunner.Run("synthesize", "--demo", "--out", InWork("tong-hop.docx"), "--xlsx", InWork("tong-hop.xlsx"));
        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.Contains("9 of 10 units reported", stdout, StringComparison.Ordinal);
        using (var word = WordprocessingDocument.Open(InWork("tong-hop.docx"), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("đã gửi báo cáo: 9/10 đơn vị", text, StringComparison.Ordinal);
            Assert.Contains("Đặc khu Lý Sơn", text, StringComparison.Ordinal);
        }

        using var book = SpreadsheetDocument.Open(InWork("tong-hop.xlsx"), false);
        Assert.Equal(3, book.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public void Synthesize_NeitherRequestNorDemo_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("synthesize", "--out", InWork("x.docx"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--request ID or --demo", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_UnknownRequest_ExitsThree()
    {
        var data = InWork("data");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("admin", "create-user", "quantri", "--data", data).Code);
        var (code, _, stderr) = CliRunner.Run("synthesize", "--request", "99", "--data", data, "--out", InWork("x.docx"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no report request with id 99", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(InWork("x.docx")));
    }

    [Fact]
    public void Synthesize_FolderWithoutDatabase_ExitsThreeAndCreatesNothing()
    {
        var data = InWork("khong-co");
        var (code, _, stderr) = CliRunner.Run("synthesize", "--request", "1", "--data", data, "--out", InWork("x.docx"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no TongHop database", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data));
    }

    [Theory]
    [InlineData("missing-folder/x.docx", "folder")]
    [InlineData("x.pdf", "must name a .docx file")]
    public void Synthesize_BadOutputPath_ExitsThree(string output, string message)
    {
        var (code, _, stderr) = CliRunner.Run("synthesize", "--demo", "--out", InWork(output));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in _work.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        _work.Delete(recursive: true);
    }
}
