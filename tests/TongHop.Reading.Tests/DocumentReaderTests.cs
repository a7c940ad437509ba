using System.Text;
using TongHop.Testing;

namespace TongHop.Reading.Tests;

public sealed class DocumentReaderTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault();

    [Fact]
    public void Read_Utf8Text_ReturnsNfcTextWithHash()
    {
        using var file = TempFile.WithText("BÁO CÁO\r\nKết quả".Normalize(NormalizationForm.FormD));
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded);
        Assert.Equal("BÁO CÁO\nKết quả", result.Source.Text);
        Assert.Equal("txt", result.Source.Format);
        Assert.Equal(64, result.Source.Sha256.Length);
    }

    [Fact]
    public void Read_EmptyFile_FailsWithReason()
    {
        using var file = new TempFile([]);
        var result = _reader.Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("empty", result.Error);
    }

    [Fact]
    public void Read_BinaryJunk_FailsAsUnsupported()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[10] = 0;
        using var file = new TempFile(junk, ".txt");
        var result = _reader.Read(file.Path);
        Assert.False(result.Succeeded);
        Assert.Contains("unsupported", result.Error);
    }

    [Fact]
    public void Read_MissingFile_FailsWithPath()
    {
        var result = _reader.Read("/nonexistent/bao-cao.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("not found", result.Error);
    }

    [Fact]
    public void Read_FileOver50MB_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tonghop-big-{Guid.NewGuid():N}.txt");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(DocumentReader.MaxFileBytes + 1);
            }

            var result = _reader.Read(path);
            Assert.False(result.Succeeded);
            Assert.Contains("over 50 MB", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_Windows1258Text_IsDecodedAndEncodingReported()
    {
        // "Báo cáo" in Windows-1258: 0xE1 is á, not a valid UTF-8 sequence here.
        using var file = new TempFile([0x42, 0xE1, 0x6F, 0x20, 0x63, 0xE1, 0x6F, 0x0A]);
        var result = _reader.Read(file.Path);
        Assert.True(result.Succeeded);
        Assert.Equal(("Báo cáo\n", "windows-1258"), (result.Source.Text, result.Source.Encoding));
    }
}
