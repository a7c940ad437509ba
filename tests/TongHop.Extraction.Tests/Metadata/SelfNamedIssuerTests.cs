using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// Headers OCR garbled, read with what the rest of the document says: the issuer's own name in the opening sentence
/// ("…, Trường Trung học cơ sở Tân Phú báo cáo như sau") where it bears the header out; the place of the date line
/// whose first letter OCR wrote in lower case; a Youth Union's "ĐOÀN TNCS HỒ CHÍ MINH" kept apart from its issuer.
/// Headers and sentences written for this test.
/// </summary>
public sealed class SelfNamedIssuerTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static DocumentMetadata Read(string header, string opening) =>
        Extractor.Extract(new DocumentParser().Parse(
            header + "\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\n" + opening + "\n\nI. KẾT QUẢ\n\nNội dung báo cáo.\n"));

    [Fact]
    public void AGarbledHeader_TakesTheNameTheOpeningGivesItself()
    {
        var metadata = Read(
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "TRƯỜNG TRUNG HỌC CƠ SỞ\tĐộc lập - Tự do - Hạnh phúc\n" +
            "TÂN PHÚ f :\n" +
            "Số: 21/BC-THCS\tTân Phú, ngày 03 tháng 10 năm 2025",
            "Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 02/3/2025 của Phòng Giáo dục và Đào tạo, Trường Trung học cơ sở\nTân Phú báo cáo như sau:");
        Assert.Equal("Trường Trung học cơ sở Tân Phú", metadata.Issuer);
        Assert.DoesNotContain(metadata.Gaps, g => g.Field == "issuer");
    }

    [Fact]
    public void ACommitteeReportingForItsBody_IsNoIssuer_TheGarbledHeaderStaysUnread()
    {
        var metadata = Read(
            "HỘI NÔNG DÂN TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "HỘI NÔNG DÂN XÃ HÒA f\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 15/BC-HND\tHòa Bình, ngày 03 tháng 10 năm 2025",
            "Thực hiện Hướng dẫn số 40/HD-HND ngày 02/3/2025, Ban Thường vụ Hội Nông dân xã báo cáo như sau:");
        Assert.Null(metadata.Issuer);
        Assert.Contains(metadata.Gaps, g => g.Field == "issuer");
    }

    [Fact]
    public void ASentenceWithAWordTheHeaderLacksInItsMiddle_IsNoName()
    {
        var metadata = Read(
            "UBND TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "SỞ Y TẾ f\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 310/BC-SYT\tHà Nam, ngày 03 tháng 10 năm 2025",
            "Thực hiện Công văn số 88/UBND ngày 02/3/2025, UBND tỉnh giao Sở Y tế báo cáo như sau:");
        Assert.Null(metadata.Issuer);
    }

    [Fact]
    public void ANameEndingInItsLevel_GetsTheProvinceTheHeaderNamesThere()
    {
        var metadata = Read(
            "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "B(Q CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\tĐộc lập - Tự do - Hạnh phúc\n" +
            "QUẢNG NINH\n" +
            "Số: 640/BC-BCH\tQuảng Ninh, ngày 20 tháng 11 năm 2025",
            "Căn cứ Kế hoạch số 31/KH-BCH ngày 10/01/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh báo cáo kết quả như sau:");
        Assert.Equal("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh", metadata.Issuer);
    }

    [Fact]
    public void AReadableHeader_KeepsItsIssuer_WhateverTheOpeningSays()
    {
        var metadata = Read(
            "UBND TỈNH THANH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 1200/BC-SYT\tThanh Hóa, ngày 20 tháng 11 năm 2025",
            "Thực hiện Công văn số 55/SKHCN ngày 10/11/2025, Sở Y tế tỉnh Thanh Hóa báo cáo như sau:");
        Assert.Equal("Sở Y tế", metadata.Issuer);
    }

    [Fact]
    public void APlaceWhoseFirstLetterOcrWroteInLowerCase_IsTheProvinceItNames()
    {
        var metadata = Read(
            "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "CÔNG TY ĐIỆN LỰC ĐÀ NẴNG\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 77/BC-PCĐN pà Nẵng, ngày 02 tháng 12 năm 2025",
            "Kính gửi: Sở Khoa học và Công nghệ thành phố Đà Nẵng.");
        Assert.Equal("Đà Nẵng", metadata.Place);
    }

    [Theory]
    [InlineData("TỈNH ĐOÀN BẮC NINH ĐOÀN TNCS HỒ CHÍ MINH")]
    [InlineData("TINH POAN BAC NINH POAN TNCS HO CHIi MINH")] // as English OCR reads it
    public void AYouthUnionsRightColumn_IsNoPartOfItsIssuer(string firstLine)
    {
        var metadata = Read(firstLine + "\n\nSố 88-BC/TĐTN Bắc Ninh, ngày 09 tháng 12 năm 2025", "Ban Thường vụ Tỉnh Đoàn báo cáo như sau:");
        Assert.NotNull(metadata.Issuer);
        Assert.StartsWith("Tỉnh", metadata.Issuer);
        Assert.DoesNotContain("TNCS", metadata.Issuer, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("Ninh", metadata.Issuer);
    }
}
