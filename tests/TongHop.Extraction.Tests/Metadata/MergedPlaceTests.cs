using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// A place-and-date line that OCR ran into the left column's last line: a word of the issuer's name, read in mixed
/// case, stands before the place ("CHUYỂN Đổi Sơn Trà, ngày …"). The place is the unit of the list the capitalised run
/// ends in; the word before it stays with the left column. Headers written for this test.
/// </summary>
public sealed class MergedPlaceTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static DocumentMetadata Read(string header) =>
        Extractor.Extract(new DocumentParser().Parse(header + "\n\nBÁO CÁO\nKết quả cải cách hành chính năm 2025\n\nNội dung báo cáo.\n"));

    [Theory]
    [InlineData("CHUYỂN Đổi Sơn Trà")] // one word of the left column before the place
    [InlineData("HÀNH Chính Công Sơn Trà")] // two
    public void LeftColumnWordsBeforeThePlace_StayWithTheLeftColumn(string run)
    {
        var metadata = Read(
            "ĐẢNG ỦY PHƯỜNG SƠN TRÀ ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH VÀ\n" +
            $"{run}, ngày 03 tháng 11 năm 2025\nSố 14-BC/BCĐ");
        Assert.Equal("Sơn Trà", metadata.Place);
        Assert.Equal(new DateOnly(2025, 11, 3), metadata.Date);
    }

    [Fact]
    public void PlaceNamedAfterTwo_IsKeptWhole()
    {
        var metadata = Read(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "Số: 41/BC-UBND\tLâm Viên - Đà Lạt, ngày 03 tháng 11 năm 2025");
        Assert.Equal("Lâm Viên - Đà Lạt", metadata.Place);
    }
}
