using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>Header and signature blocks of layouts written for this test: a police report with "(Đã ký)" and a rank,
/// a hospital in the older Circular 01/2011 layout with rules under the header and "Q. GIÁM ĐỐC", a signer whose family
/// name OCR lost.</summary>
public sealed class NewLayoutTests
{
    private static readonly MetadataExtractor Extractor = new();

    [Fact]
    public void PoliceReport_RankAndSignedMarkAreNotTheName()
    {
        const string text = "BỘ CÔNG AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TỈNH ĐIỆN BIÊN\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 904/BC-CAT-PX05\tĐiện Biên, ngày 03 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả chuyển đổi số quý I\n\nI. KẾT QUẢ\nNội dung báo cáo.\n\n" +
            "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\t(Đã ký)\n\n\tThượng tá Lường Văn Chính\n";
        var metadata = Extractor.Extract(new DocumentParser().Parse(text));
        Assert.Equal("Công an tỉnh Điện Biên", metadata.Issuer);
        Assert.Equal("904/BC-CAT-PX05", metadata.Number);
        Assert.Equal("Lường Văn Chính", metadata.Signer?.Name);
        Assert.Equal("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", metadata.Signer?.Title);
    }

    [Fact]
    public void OlderLayout_RulesUnderTheHeaderAndAnActingDirector()
    {
        const string text = "SỞ Y TẾ TỈNH CAO BẰNG\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN Y DƯỢC CỔ TRUYỀN\tĐộc lập - Tự do - Hạnh phúc\n" +
            "--------\t----------------\nSố: 77/BC-BVYDCT\tCao Bằng, ngày 14 tháng 01 năm 2026\n\nBÁO CÁO\nVề việc ứng dụng công nghệ thông tin\n\nI. KẾT QUẢ\nNội dung báo cáo.\n\n" +
            "Nơi nhận:\tQ. GIÁM ĐỐC\n- Sở Y tế;\n- Lưu: VT.\t(Ký tên, đóng dấu)\n\n\tBSCKI. Nông Thị Mai\n";
        var metadata = Extractor.Extract(new DocumentParser().Parse(text));
        Assert.Equal("Bệnh viện Y dược cổ truyền", metadata.Issuer, ignoreCase: true); // the words after "Bệnh viện" come title-cased
        Assert.Equal("77/BC-BVYDCT", metadata.Number);
        Assert.Equal(new DateOnly(2026, 1, 14), metadata.Date);
        Assert.Equal("Nông Thị Mai", metadata.Signer?.Name);
    }

    [Fact]
    public void SignerWhoseFamilyNameWasLost_IsAGapNotAName()
    {
        const string text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ NA HANG\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 52/BC-UBND\tNa Hang, ngày 9 tháng 9 năm 2025\n\nBÁO CÁO\nChuyển đổi số\n\nI. KẾT QUẢ\nNội dung báo cáo.\n\n" +
            "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Lưu: VT.\tCHỦ TỊCH\n\n\t0 Thị Nguyệt\n";
        var metadata = Extractor.Extract(new DocumentParser().Parse(text));
        Assert.Null(metadata.Signer?.Name);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", metadata.Signer?.Title);
        var gap = Assert.Single(metadata.Gaps, g => g.Field == "signer");
        Assert.Equal("0 Thị Nguyệt", gap.Written);
    }
}
