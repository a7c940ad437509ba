using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

public sealed class MetadataExtractorTests
{
    private const string Ward = """
        ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        PHƯỜNG CẨM THÀNH                      Độc lập - Tự do - Hạnh phúc
        Số: 87/BC-UBND                   Cẩm Thành, ngày 05 tháng 10 năm 2025

        BÁO CÁO
        Kết quả chuyển đổi số quý III năm 2025

        I. KẾT QUẢ
        Nội dung.

        Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN
        - Sở Khoa học và Công nghệ;                      CHỦ TỊCH
        - Đảng ủy phường;
        - Lưu: VT, VP.

                                                   Nguyễn Thị Hoa
        """;

    private static readonly MetadataExtractor Extractor = new();

    [Fact]
    public void Extract_WardReport_ReadsHeaderAndFooter()
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(Ward));
        Assert.Equal("UBND phường Cẩm Thành", metadata.Issuer);
        Assert.Equal("87/BC-UBND", metadata.Number);
        Assert.Equal("Báo cáo", metadata.Type);
        Assert.Equal("Cẩm Thành", metadata.Place);
        Assert.Equal(new DateOnly(2025, 10, 5), metadata.Date);
        Assert.Equal("Kết quả chuyển đổi số quý III năm 2025", metadata.Title);
        Assert.Equal("Nguyễn Thị Hoa", metadata.Signer?.Name);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", metadata.Signer?.Title);
        Assert.Equal(["Sở Khoa học và Công nghệ", "Đảng ủy phường"], metadata.Recipients);
    }

    [Fact]
    public void Extract_OfficialLetter_TypeFromSubject()
    {
        const string text = "SỞ TÀI CHÍNH\nSố: 45/STC-NS          Quảng Ngãi, ngày 2 tháng 3 năm 2025\nV/v hướng dẫn lập dự toán\nnăm 2026\n\nKính gửi: Sở Nội vụ.";
        var metadata = Extractor.Extract(new DocumentParser().Parse(text));
        Assert.Equal("Sở Tài chính", metadata.Issuer);
        Assert.Equal("Công văn", metadata.Type);
        Assert.Equal("hướng dẫn lập dự toán năm 2026", metadata.Title);
    }

    [Fact]
    public void Extract_HandwrittenDate_IsNullNotGuessed()
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(" S6:321 /BC-UBND Tinh Khé, ngay /4 thang // nam 2025\nBAO CAO\n"));
        Assert.Equal("321/BC-UBND", metadata.Number);
        Assert.Equal("Tịnh Khê", metadata.Place); // the official spelling of the commune
        Assert.Null(metadata.Date);
        Assert.Equal("Báo cáo", metadata.Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001 binary \uFFFD")]
    [InlineData("Nơi nhận:")]
    [InlineData("Số:")]
    public void Extract_OddInput_DoesNotThrow(string text) => Assert.NotNull(Extractor.Extract(new DocumentParser().Parse(text)));

    [Theory]
    [InlineData("UBND TỈNH QUẢNG NGÃI", "UBND tỉnh Quảng Ngãi")]
    [InlineData("ỦY BAN NHÂN DÂN XÃ KHÁNH CƯỜNG", "UBND xã Khánh Cường")]
    [InlineData("UBND x4 Son Mai", "UBND xã Sơn Mai")] // the one commune of that name, in its official spelling
    [InlineData("SO KHOA HQC VA CONG NGHE", "Sở Khoa học và Công nghệ")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo")]
    [InlineData("TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG", "Trường Đại học Phạm Văn Đồng")]
    [InlineData("ĐẢNG ỦY XÃ TỊNH KHÊ", "Đảng ủy xã Tịnh Khê")]
    [InlineData("CHI NHÁNH ĐIỆN LỰC ĐĂK NÔNG", "Chi nhánh điện lực Đắk Nông")] // a body no list names, a place the list spells
    [InlineData("VĂN PHÒNG CÔNG CHỨNG SỐ 2", "Văn phòng công chứng số 2")]
    public void Normalize_IssuerLine_UsualForm(string raw, string expected) => Assert.Equal(expected, IssuerNames.Normalize(raw));

    [Theory]
    [InlineData("Phan Văn Hiếu", "Phan Văn Hiếu")]
    [InlineData("0 Minh Chinh", null)] // the family name was lost: no name rather than a wrong one
    [InlineData("| Nguyễn Văn An", "Nguyễn Văn An")] // a stray mark before a whole name
    [InlineData("NGUYỄN VĂN AN", "Nguyễn Văn An")]
    [InlineData("- Như trên;", null)]
    [InlineData("PHÓ CHỦ TỊCH", null)]
    [InlineData("Hiếu", null)]
    [InlineData("Lưu: VT, VP.", null)]
    public void PersonName_Line_ReadsNameOnly(string line, string? expected) => Assert.Equal(expected, SignatureReader.PersonName(line));
}
