using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// A branch's header: its parent company or bank on the first line ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI") and "CHI NHÁNH" with
/// only a level and a place on the next ("CHI NHÁNH TỈNH CAO BẰNG"). The second line alone names no body: the issuer is
/// the branch of the parent in that place.
/// </summary>
public sealed class BranchHeaderTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static string Report(string parent, string branch) =>
        $"{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{branch}\tĐộc lập - Tự do - Hạnh phúc\n" +
        "Số: 412/BC-CN\tCao Bằng, ngày 11 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ\nNội dung báo cáo.\n\n" +
        "Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\t(Đã ký)\n\n\tLục Văn Thắng\n";

    [Theory]
    [InlineData("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH CAO BẰNG", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Cao Bằng")]
    [InlineData("NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM", "CHI NHÁNH TỈNH CAO BẰNG", "Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng")]
    [InlineData("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "PHÒNG GIAO DỊCH XÃ HÒA AN", "Phòng giao dịch Ngân hàng Chính sách xã hội xã Hòa An")]
    public void BranchWithOnlyItsPlace_IsTheBranchOfTheParent(string parent, string branch, string issuer)
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(Report(parent, branch)));
        Assert.Equal(issuer, metadata.Issuer, ignoreCase: true);
        Assert.Equal("Lục Văn Thắng", metadata.Signer?.Name);
    }

    // A branch with a name of its own is the issuer as written, under whatever parent.
    [Fact]
    public void BranchWithAName_StaysAsWritten()
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(Report("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HÒA AN")));
        Assert.Equal("Chi nhánh Văn phòng đăng ký đất đai Hòa An", metadata.Issuer, ignoreCase: true);
    }

    // A People's Committee above a branch line is the owner, not part of the branch's name.
    [Fact]
    public void BranchUnderACommittee_DoesNotTakeTheCommitteeIntoItsName()
    {
        var metadata = Extractor.Extract(new DocumentParser().Parse(Report("UBND TỈNH CAO BẰNG", "CHI NHÁNH TỈNH CAO BẰNG")));
        Assert.DoesNotContain("UBND", metadata.Issuer ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
