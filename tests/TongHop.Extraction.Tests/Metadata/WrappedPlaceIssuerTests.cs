using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// A left column whose issuer's place was cut at the line's end, its last word on a line of its own that OCR ran
/// together with the right column's stray colons ("… TỈNH LẠNG" / "SƠN : :"). The place's last word belongs to the
/// issuer; its line is no number label ("Sơn :" reads like "Số:"). Headers written for this test.
/// </summary>
public sealed class WrappedPlaceIssuerTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static DocumentMetadata Read(string header) =>
        Extractor.Extract(new DocumentParser().Parse(header + "\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nNội dung báo cáo.\n"));

    [Fact]
    public void PlaceCutAfterItsFirstWord_JoinsTheIssuer_AndTheNumberIsRead()
    {
        var metadata = Read(
            "BỘ TƯ LỆNH VÙNG 3\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH LẠNG\tĐộc lập - Tự do - Hạnh phúc\n" +
            "SƠN : :\n" +
            "Số: 415/BC-BCH\tLạng Sơn, ngày 14 tháng 11 năm 2025");
        Assert.Equal("415/BC-BCH", metadata.Number);
        Assert.Equal("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", metadata.Issuer);
    }

    [Fact]
    public void ProvinceCutInTheHeader_ButWholeInTheIssuersName_GivesThePlaceOfTheDateLine()
    {
        // No header line names the province whole, and the body names none: the issuer's name, read against the list
        // ("tỉnh Đồng Nai"), is what says which province "Bồng Nai" (Đ read as B) stands for.
        var metadata = Read(
            "HỘI NÔNG DÂN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "HỘI NÔNG DÂN TỈNH ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\n" +
            "NAI : :\n" +
            "Số: 88/BC-HND\tBồng Nai, ngày 14 tháng 11 năm 2025");
        Assert.Equal("Hội nông dân tỉnh Đồng Nai", metadata.Issuer);
        Assert.Equal("Đồng Nai", metadata.Place);
    }

    [Fact]
    public void PlaceCutAfterItsFirstWord_WithTheRulesMarksAfterIt_JoinsTheIssuer()
    {
        // Another scan reads the motto's rule beside the wrapped word as a small letter, a digit and a sign.
        var metadata = Read(
            "QUÂN KHU 9\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "BỘ CHỈ HUY QUÂN SỰ TỈNH AN\tĐộc lập - Tự do - Hạnh phúc\n" +
            "GIANG e 5 =\n" +
            "Số: 72/BC-BCH\tAn Giang, ngày 14 tháng 11 năm 2025");
        Assert.Equal("Bộ Chỉ huy Quân sự tỉnh An Giang", metadata.Issuer);
    }

    [Theory]
    [InlineData("GIANG e 5 =", "GIANG")]
    [InlineData("HÌNH : :", "HÌNH")]
    [InlineData("TRUYỀN HÌNH o =", "TRUYỀN HÌNH")]
    [InlineData("TRƯỜNG THCS SỐ 2", "TRƯỜNG THCS SỐ 2")]       // a number that ends a name has no small letter beside it
    [InlineData("BỆNH VIỆN KHU VỰC 3 :", "BỆNH VIỆN KHU VỰC 3")]
    [InlineData("KHO BẠC NHÀ NƯỚC KHU VỰC V", "KHO BẠC NHÀ NƯỚC KHU VỰC V")]
    [InlineData("TRUNG TÂM GDNN -", "TRUNG TÂM GDNN -")]         // a hyphen that wraps a name stays for the next line
    [InlineData("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")]
    public void TheRightColumnsMarks_LeaveTheLeftColumn(string column, string expected) =>
        Assert.Equal(expected, HeaderLines.WithoutStrayMarks(column));

    [Theory]
    [InlineData("Chi cục Hải quan khu vực 111", "Chi cục Hải quan khu vực III")] // English OCR's 1s for Is
    [InlineData("KHO BẠC NHÀ NƯỚC KHU VỰC V1", "KHO BẠC NHÀ NƯỚC KHU VỰC VI")]
    [InlineData("Bảo hiểm xã hội khu vực Xl", "Bảo hiểm xã hội khu vực XI")]
    [InlineData("Chi cục Thuế khu vực 1", "Chi cục Thuế khu vực 1")]          // a lone 1 may be Arabic
    [InlineData("Chi cục Thuế khu vực XII", "Chi cục Thuế khu vực XII")]
    [InlineData("Ban quản lý khu vực 2", "Ban quản lý khu vực 2")]
    [InlineData("Trung tâm khu vực 1111", "Trung tâm khu vực 1111")]         // IIII is no numeral
    public void RegionNumberAfterKhuVuc_IsARomanNumeral(string issuer, string expected) =>
        Assert.Equal(expected, IssuerNames.WithRegionNumeral(issuer));

    [Fact]
    public void AWholePlaceAboveAName_IsNoCutPlace()
    {
        var metadata = Read(
            "UBND TỈNH HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 88/BC-SKHCN\tHà Tĩnh, ngày 14 tháng 11 năm 2025");
        Assert.Equal("Sở Khoa học và Công nghệ", metadata.Issuer);
    }

    [Theory]
    [InlineData("BAN CHỈ HUY QUÂN SỰ XÃ TÂN LẬP", "xã Tân Lập")] // "quân" is no "quận": the place is after the later level
    [InlineData("TRUNG TÂM HUẤN LUYỆN QUÂN SỰ TỈNH QUẢNG NINH", "tỉnh Quảng Ninh")]
    public void LevelWordInsideAName_GivesWayToTheLaterLevel(string header, string place)
    {
        var issuer = IssuerNames.Normalize(header);
        Assert.NotNull(issuer);
        Assert.EndsWith(place, issuer);
        Assert.DoesNotContain("quận", issuer);
    }

    [Theory]
    [InlineData("B(q chỉ huy bộ đội biên phòng tỉnh Lạng Sơn", "B(q")] // "BỘ" read as "B(Q"
    [InlineData("Trường tiểu học Tân|an", "Tân|an")]
    [InlineData("Sở Khoa học và Công nghệ (KH&CN)", null)] // brackets around a word are no garble
    public void ABracketBetweenLetters_IsGarble(string issuer, string? garbled) =>
        Assert.Equal(garbled, GarbledIssuer.Garbled(issuer));

    [Theory]
    [InlineData("UBND TỈNH NINH BÌNH", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH", "NINH BÌNH", "Báo và Phát thanh, Truyền hình Ninh Bình")]
    [InlineData("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TRƯỜNG TRUNG CẤP NGHỀ", "KỸ THUẬT NÔNG LÂM PHÚ THỌ", "Trường Trung cấp nghề Kỹ thuật Nông Lâm Phú Thọ")]
    public void ANameWrappedOverTwoLines_IsOneIssuer(string parent, string first, string second, string issuer)
    {
        var metadata = Read(
            $"{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{first}\tĐộc lập - Tự do - Hạnh phúc\n{second}\n" +
            "Số: 77/BC-XX\tHà Nội, ngày 14 tháng 11 năm 2025");
        Assert.Equal(issuer, metadata.Issuer, ignoreCase: true); // the words; the case of a unit's own name is a habit
    }

    [Fact]
    public void AKindsLettersWithOtherMarks_IsNotThatKind() =>
        Assert.Equal("Viễn thông Cao Bằng", IssuerNames.Normalize("VIỄN THÔNG CAO BẰNG"), ignoreCase: true);
}
