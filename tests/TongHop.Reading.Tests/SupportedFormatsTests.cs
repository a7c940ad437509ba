using System.Text;
using TongHop.Reading.Tests.Fixtures;

namespace TongHop.Reading.Tests;

/// <summary>The supported formats are what the readers declare, and every message and picker lists them all.</summary>
public sealed class SupportedFormatsTests
{
    private static readonly DocumentReader Reader = DocumentReader.CreateDefault();

    [Fact]
    public void All_IsWhatTheDefaultReadersDeclare() =>
        Assert.Equal(Reader.Formats.OrderBy(f => f.Name, StringComparer.Ordinal), SupportedFormats.All.OrderBy(f => f.Name, StringComparer.Ordinal));

    [Theory]
    [InlineData(".txt")]
    [InlineData(".docx")]
    [InlineData(".pdf")]
    [InlineData(".scan.pdf")]
    [InlineData(".tif")]
    public void FormatOf_AFixture_DeclaresItsExtension(string suffix)
    {
        var path = FormatFixtures.Path(suffix);
        var bytes = File.ReadAllBytes(path);
        var format = Reader.FormatOf(bytes.AsSpan(0, Math.Min(bytes.Length, 8192)), path);
        Assert.NotNull(format);
        Assert.Contains(Path.GetExtension(path), format.Extensions);
    }

    [Fact]
    public void MessagesAndPickers_NameEveryFormat()
    {
        foreach (var format in SupportedFormats.All)
        {
            Assert.Contains(format.Name, SupportedFormats.NotSupported, StringComparison.Ordinal);
            Assert.Contains(format.Offer, SupportedFormats.SendAs, StringComparison.Ordinal);
            Assert.All(format.Extensions, e => Assert.Contains(e, SupportedFormats.Accept.Split(','), StringComparer.Ordinal));
            Assert.All(format.Extensions, e => Assert.Contains(e, SupportedFormats.Extensions, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Read_AnUnknownBinary_IsRefusedWithTheList()
    {
        var result = Reader.Read([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "chuong-trinh.bin");
        Assert.False(result.Succeeded);
        Assert.Equal("unsupported file format: not a DOCX, PDF, image or text file", result.Error);
        Assert.Null(Reader.FormatOf(Encoding.ASCII.GetBytes("<!DOCTYPE html><html></html>"), "a.pdf"));
    }
}
