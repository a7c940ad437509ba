using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class ItemSemicolonsTests
{
    [Fact]
    public void APreambleItemBeforeTheNextOne_EndsWithASemicolon()
    {
        string[] lines =
        [
            "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15:",
            "",
            "Căn cứ Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát, hệ",
            "thống hóa văn bản quy phạm pháp luật:",
            "Theo đề nghị của Bộ trưởng Bộ Tư pháp:",
            "Thủ tướng Chính phủ ban hành Quyết định như sau:",
        ];

        Assert.Equal([0, 3], ItemSemicolons.Restore(lines));
        Assert.Equal("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", lines[0]);
        Assert.Equal("thống hóa văn bản quy phạm pháp luật;", lines[3]);
        Assert.Equal("Theo đề nghị của Bộ trưởng Bộ Tư pháp:", lines[4]);
        Assert.Equal("Thủ tướng Chính phủ ban hành Quyết định như sau:", lines[5]);
    }

    [Fact]
    public void ARecipientBeforeTheNextOne_EndsWithASemicolonInItsOwnColumn()
    {
        string[] lines =
        [
            "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
            "- Sở Khoa học và Công nghệ thành phố:\tCHỦ TỊCH",
            "- Thường trực Đảng ủy xã:",
            "",
            "- Lưu: VT, VHXH.",
        ];

        Assert.Equal([1, 2], ItemSemicolons.Restore(lines));
        Assert.Equal("- Sở Khoa học và Công nghệ thành phố;\tCHỦ TỊCH", lines[1]);
        Assert.Equal("- Thường trực Đảng ủy xã;", lines[2]);
        Assert.Equal("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", lines[0]);
        Assert.Equal("- Lưu: VT, VHXH.", lines[4]);
    }

    [Fact]
    public void AColonThatIntroducesSomething_Stays()
    {
        string[] lines =
        [
            "Kết quả thực hiện như sau:",
            "- Về chuyển đổi số:",
            "- Đã triển khai 12 nhiệm vụ;",
            "Căn cứ kết quả trên, đề xuất:",
            "- Tăng cường kiểm tra.",
        ];

        Assert.Empty(ItemSemicolons.Restore(lines));
    }
}
