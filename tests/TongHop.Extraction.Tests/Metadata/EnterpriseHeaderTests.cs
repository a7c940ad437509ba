using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// A state enterprise's header: its legal form ("CÔNG TY TNHH MỘT THÀNH VIÊN", "CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH
/// VIÊN") on one line and its trade name on the next are one issuing body, under the People's Committee that owns it.
/// </summary>
public sealed class EnterpriseHeaderTests
{
    private static readonly MetadataExtractor Extractor = new();

    [Theory]
    [InlineData("CÔNG TY TNHH MỘT THÀNH VIÊN", "MÔI TRƯỜNG ĐÔ THỊ HÀ TĨNH", "Công ty TNHH một thành viên Môi trường đô thị Hà Tĩnh")]
    [InlineData("CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN", "XỔ SỐ KIẾN THIẾT CÀ MAU", "Công ty Trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Cà Mau")]
    [InlineData("CÔNG TY TNHH MTV", "LÂM NGHIỆP LONG ĐẠI", "Công ty TNHH MTV Lâm nghiệp Long Đại")]
    public void LegalFormOnOneLineAndTradeNameOnTheNext_AreOneIssuer(string form, string name, string issuer)
    {
        var text = $"UBND TỈNH HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{form}\tĐộc lập - Tự do - Hạnh phúc\n{name}\n" +
                   "Số: 58/BC-CT\tHà Tĩnh, ngày 05 tháng 01 năm 2026\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ\nNội dung báo cáo.\n\n" +
                   "Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\t(Đã ký)\n\n\tTrần Quốc Vượng\n";
        var metadata = Extractor.Extract(new DocumentParser().Parse(text));
        Assert.Equal(issuer, metadata.Issuer, ignoreCase: true);
        Assert.Equal("58/BC-CT", metadata.Number);
        Assert.Equal("Trần Quốc Vượng", metadata.Signer?.Name);
    }
}

/// <summary>
/// A signer's syllable whose letters English OCR changed into letters of no name ("Tudn"), which repair mended into a
/// word of prose ("Tuần"): the marks are those of the name of the repaired letters most used in that place ("Tuấn"),
/// when it is clearly likelier; repair's name stays when it is itself the likeliest.
/// </summary>
public sealed class SignerLettersTests
{
    [Fact]
    public void RepairsProseWordInAName_TakesTheMarksOfTheCommonName() =>
        Assert.Equal("Phạm Minh Tuấn", SignerNameCheck.Check("Phạm Minh Tuần", "Pham Minh Tudn").Name);

    [Fact]
    public void RepairsCommonName_Stays() =>
        Assert.Equal("Nguyễn Thị Lan", SignerNameCheck.Check("Nguyễn Thị Lan", "Nguyen Thi Lzn").Name);
}
