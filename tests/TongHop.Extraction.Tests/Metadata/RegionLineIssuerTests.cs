using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// Two header shapes of bodies nobody here had read: a body whose region ("KHU VỰC …", the 2025 organisation's regional
/// centres, treasuries and tax offices) went onto a line of its own, and a name in capitals in which OCR's repair left a
/// letter small. Headers written for this test.
/// </summary>
public sealed class RegionLineIssuerTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static DocumentMetadata Read(string header) =>
        Extractor.Extract(new DocumentParser().Parse(header + "\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nNội dung báo cáo.\n"));

    [Fact]
    public void ARegionOnALineOfItsOwn_EndsTheBodysName()
    {
        var metadata = Read(
            "SỞ Y TẾ TỈNH TUYÊN QUANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "TRUNG TÂM Y TẾ - DÂN SỐ\tĐộc lập - Tự do - Hạnh phúc\n" +
            "KHU VỰC HÀM YÊN\n" +
            "Số: 77/BC-TTYT\tTuyên Quang, ngày 02 tháng 12 năm 2025");
        Assert.StartsWith("Trung tâm", metadata.Issuer);
        Assert.EndsWith("khu vực Hàm Yên", metadata.Issuer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void APlaceLineUnderAProvincialParent_IsStillTheParentsOwn()
    {
        // The region rule needs a body above it: a People's Committee with its province is a parent, and the body under it
        // is the issuer.
        var metadata = Read(
            "UBND TỈNH TUYÊN QUANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 12/BC-BQLDA\tTuyên Quang, ngày 02 tháng 12 năm 2025");
        Assert.Equal("Ban quản lý dự án đầu tư xây dựng", metadata.Issuer, ignoreCase: true);
    }

    [Fact]
    public void ABranchNamedByItsRegion_IsTheBranchOfTheBodyAbove()
    {
        var metadata = Read(
            "BẢO HIỂM XÃ HỘI VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "QUỸ HỖ TRỢ NÔNG DÂN\tĐộc lập - Tự do - Hạnh phúc\n" +
            "CHI NHÁNH KHU VỰC 7\n" +
            "Số: 31/BC-CN7\tVĩnh Long, ngày 02 tháng 12 năm 2025");
        Assert.Equal("Quỹ hỗ trợ nông dân chi nhánh khu vực 7", metadata.Issuer, ignoreCase: true);
    }

    [Fact]
    public void ABranchNamedByItsRegion_UnderAPeoplesCommittee_IsNoPartOfItsName()
    {
        var metadata = Read(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "TỈNH VĨNH LONG\tĐộc lập - Tự do - Hạnh phúc\n" +
            "CHI NHÁNH KHU VỰC 7\n" +
            "Số: 31/BC-CN7\tVĩnh Long, ngày 02 tháng 12 năm 2025");
        Assert.DoesNotContain("Ủy ban", metadata.Issuer ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("UBND", metadata.Issuer ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TÒA ÁN NHÂN DÂN KHU VỰC 5 - ĐẮK LẮK", "khu vực 5 - Đắk Lắk")]
    [InlineData("TRUNG TÂM Y TẾ KHU VỰC MƯỜNG KHƯƠNG - BÁT XÁT", "khu vực Mường Khương - Bát Xát")]
    [InlineData("TRUNG TÂM Y TẾ KHU VỰC VĂN BÀN - BẢO YÊN", "khu vực Văn Bàn - Bảo Yên")]
    public void ARegionNamedByTwoPlacesOrANumberAndAPlace_KeepsItsHyphenAndItsNames(string line, string end)
    {
        var name = IssuerNames.Normalize(line);
        Assert.NotNull(name);
        Assert.EndsWith(end, name, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(end["khu vực ".Length..], name, StringComparison.Ordinal); // the places' own spelling, both
    }

    [Theory]
    [InlineData("CÔNG TY CỔ PHẦN CẤP NưỚC HÒA BÌNH")]
    [InlineData("CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT HẬU GiANG")]
    public void ANameInCapitals_WithALetterLeftSmall_IsInSentenceCase(string line)
    {
        var name = IssuerNames.Normalize(line);
        Assert.NotNull(name);
        Assert.StartsWith("Công ty", name);
        Assert.DoesNotContain("CẤP", name);
        Assert.DoesNotContain("KIẾN", name);
    }

    [Theory]
    [InlineData("Công ty Cổ phần Cấp nước Hòa Bình")]
    [InlineData("Sở KH&CN")] // acronyms with one small letter beside them are no name in capitals
    public void ANameAlreadyInMixedCase_IsKept(string name) => Assert.Equal(name, IssuerNames.Normalize(name));
}
