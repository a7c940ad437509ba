using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class CasePatternTests
{
    [Theory]
    [InlineData("TONG", "tổng", "TỔNG")]
    [InlineData("Pang", "đảng", "Đảng")]
    [InlineData("S6", "số", "Số")]
    [InlineData("hién", "hiện", "hiện")]
    [InlineData("PAO", "đạo", "ĐẠO")]
    [InlineData("1ap", "lập", "lập")]
    public void Apply_CopiesTheOcrTokensCase(string ocr, string word, string expected) =>
        Assert.Equal(expected, CasePattern.Apply(ocr, word));

    [Theory]
    [InlineData("BO", "bộ", false, "Bộ")]
    [InlineData("BO", "bộ", true, "BỘ")]
    [InlineData("HQI", "hội", false, "HỘI")]
    [InlineData("Iy", "lý", false, "lý")]
    [InlineData("Iy", "lý", true, "lý")]
    [InlineData("Ich", "ích", false, "Ích")]
    public void Apply_DoesNotTakeOcrCapitalsOfShortWordsOrOfLAsCase(string ocr, string word, bool upperCaseLine, string expected) =>
        Assert.Equal(expected, CasePattern.Apply(ocr, word, upperCaseLine));

    [Theory]
    [InlineData("CHi", "chỉ", false, "CHỈ")]
    [InlineData("TiNH", "tình", false, "TÌNH")]
    [InlineData("bOC", "đốc", false, "ĐỐC")]
    [InlineData("bang", "đảng", false, "Đảng")]
    [InlineData("Gy", "ủy", false, "ủy")]
    [InlineData("Gng", "ứng", false, "ứng")]
    [InlineData("Giang", "giang", false, "Giang")]
    [InlineData("bai", "bài", false, "bài")]
    [InlineData("PbOC", "đốc", false, "ĐỐC")]
    [InlineData("bPUQC", "được", false, "ĐƯỢC")]
    [InlineData("Bi", "bí", true, "BÍ")] // beside a word in capitals ("Bi THU")
    [InlineData("Bi", "bí", false, "Bí")]
    [InlineData("Bia", "bia", true, "Bia")]
    public void Apply_ReadsCapitalsTheOcrWroteAsOtherLetters(string ocr, string word, bool upperCaseLine, string expected) =>
        Assert.Equal(expected, CasePattern.Apply(ocr, word, upperCaseLine));

    [Theory]
    [InlineData("SO Y TE", true)]
    [InlineData("UY BAN NHAN DAN TiNH", true)]
    [InlineData("BO Y te", false)]
    [InlineData("SO", false)]
    public void IsCapitalLine_NeedsTwoCapitalWordsAndNoLowerCase(string line, bool expected)
    {
        var tokens = new List<TongHop.Repair.Tokenization.RepairToken>();
        TongHop.Repair.Tokenization.LineTokenizer.Tokenize(line, tokens);
        Assert.Equal(expected, CasePattern.IsCapitalLine(line, tokens));
    }

    [Theory]
    [InlineData("KHOA", true)]
    [InlineData("HQC", true)]
    [InlineData("BO", true)]
    [InlineData("Y", false)]
    [InlineData("Noi", false)]
    [InlineData("(&,", false)]
    public void IsCapitalWord_NeedsTwoLettersAllInCapitals(string token, bool expected) =>
        Assert.Equal(expected, CasePattern.IsCapitalWord(token));

    [Theory]
    [InlineData("SO TAI CHINH Doc Iap - Tw do", "SỞ TÀI CHÍNH Độc lập - Tự do")]
    [InlineData("d) BO Y té ra soat két qua bao cao thu hdi.", "d) Bộ Y tế rà soát kết quả báo cáo thu hồi.")]
    [InlineData("Lanh dao Phong Quan Iy ngan sach", "Lãnh đạo Phòng Quản lý ngân sách")]
    public void Repair_TakesCaseFromTheNeighbourhoodNotFromOcrCapitals(string ocr, string expected) =>
        Assert.Equal(expected, VietnameseTextRepairer.Default.Repair(ocr).Restored);
}
