using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// A document number whose figures OCR read as look-alikes (a number written by hand into the blank of a scan) is left
/// empty with a gap, even when repair made digits of them; a number read as figures throughout is kept. The header is
/// written for these tests (a department's decision), given twice: as repaired and as read.
/// </summary>
public sealed class RepairedNumberTests
{
    private static readonly MetadataExtractor Extractor = new();

    private const string Header = """
        UBND TỈNH ĐIỆN BIÊN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        SỞ TÀI CHÍNH                       Độc lập - Tự do - Hạnh phúc
        Số: {0}                   Điện Biên, ngày 09 tháng 10 năm 2025

        QUYẾT ĐỊNH
        Về việc phê duyệt danh mục nhiệm vụ năm 2026

        Điều 1. Phê duyệt danh mục kèm theo Quyết định này.
        """;

    private static DocumentMetadata Read(string repaired, string asRead) =>
        Extractor.Extract(
            new DocumentParser().Parse(Header.Replace("{0}", repaired, StringComparison.Ordinal)),
            Header.Replace("{0}", asRead, StringComparison.Ordinal));

    [Theory]
    [InlineData("70015/QĐ-STC", "7Ø015/QĐ-STC", "7Ø015")]
    [InlineData("120/QĐ-STC", "l2O/QĐ-STC", "l2O")]
    [InlineData("58/2025/QĐ-STC", "5B/2025/QĐ-STC", "5B")]
    [InlineData("58-BC/ĐU", "5B-BC/DU", "5B")]
    public void Number_WhoseFiguresWereReadAsLookAlikes_IsLeftUnreadWithAGap(string repaired, string asRead, string written)
    {
        var metadata = Read(repaired, asRead);
        Assert.Null(metadata.Number);
        var gap = Assert.Single(metadata.Gaps, g => g.Field == "number");
        Assert.Equal(MetadataGap.Unreadable, gap.Reason);
        Assert.Equal(written, gap.Written);
        Assert.Equal(new DateOnly(2025, 10, 9), metadata.Date);
    }

    [Theory]
    [InlineData("312/QĐ-STC")]
    [InlineData("45/2025/QĐ-STC")]
    [InlineData("66.7/2025/QĐ-STC")]
    [InlineData("58-BC/ĐU")]
    public void Number_ReadAsFiguresThroughout_IsKept(string number)
    {
        var metadata = Read(number, number);
        Assert.Equal(number, metadata.Number);
        Assert.DoesNotContain(metadata.Gaps, g => g.Field == "number");
    }

    [Theory]
    [InlineData("1268/QĐ-STC", "I268/QĐ-STC")]
    [InlineData("16/QĐ-STC", "l6/QĐ-STC")]
    public void Number_WhoseOnesWereReadAsStrokes_IsKept(string repaired, string asRead)
    {
        // A printed 1 is often read as I or l; repair's 1 is the figure.
        var metadata = Read(repaired, asRead);
        Assert.Equal(repaired, metadata.Number);
        Assert.DoesNotContain(metadata.Gaps, g => g.Field == "number");
    }

    [Fact]
    public void Number_WhoseSymbolAloneWasRepaired_IsKept()
    {
        // English OCR drops Đ's bar in the symbol; the figures were read as figures.
        var metadata = Read("312/QĐ-STC", "312/QD-STC");
        Assert.Equal("312/QĐ-STC", metadata.Number);
    }

    [Fact]
    public void Number_WithoutTheTextAsRead_IsKept()
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(Header.Replace("{0}", "70015/QĐ-STC", StringComparison.Ordinal)));
        Assert.Equal("70015/QĐ-STC", metadata.Number);
    }
}
