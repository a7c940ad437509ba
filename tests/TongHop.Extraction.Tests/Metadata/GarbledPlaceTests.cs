using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// The place of a place-and-date line that repair left as a garbled word in lower case (English OCR printed the Đ of
/// "Đồn" as a b, and repair made a word of it): read only as a unit of the shipped list, the issuer's unit first;
/// never the words themselves. Headers written for this test.
/// </summary>
public sealed class GarbledPlaceTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static string Header(string placeWords) =>
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG\tĐộc lập - Tự do - Hạnh phúc\n" +
        $"Số: 41/BC-UBND {placeWords}, ngày 09 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả số hóa hồ sơ năm 2025\n\nNội dung báo cáo.\n";

    [Theory]
    [InlineData("Mường phăng")] // the second word left in lower case
    [InlineData("Mường phang")] // and without its marks
    [InlineData("Mương phẳng")] // two marks repaired wrong
    public void GarbledPlaceAfterTheNumber_IsTheIssuersUnit(string words)
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(Header(words)));
        Assert.Equal("Mường Phăng", metadata.Place);
        Assert.Equal(new DateOnly(2025, 12, 9), metadata.Date);
    }

    [Fact]
    public void WordsThatNameNoUnit_AreNoPlace()
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(Header("Kết quả tốt")));
        Assert.Null(metadata.Place);
        Assert.Equal(new DateOnly(2025, 12, 9), metadata.Date);
    }

    [Fact]
    public void CapitalisedPlace_IsReadAsBefore()
    {
        Assert.Equal("Mường Phăng", Extractor.Extract(new DocumentParser().Parse(Header("Mường Phăng"))).Place);
    }
}
