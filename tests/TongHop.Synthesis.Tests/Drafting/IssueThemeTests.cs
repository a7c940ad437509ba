using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Tests.Drafting;

public sealed class IssueThemeTests
{
    [Theory]
    [InlineData("Kinh phí bố trí cho chuyển đổi số còn hạn chế.", "Về kinh phí")]
    [InlineData("Đội ngũ cán bộ chuyên trách còn thiếu, chủ yếu kiêm nhiệm.", "Về nhân lực")]
    [InlineData("Một số thôn còn vùng lõm sóng di động.", "Về hạ tầng, trang thiết bị")]
    [InlineData("Thói quen sử dụng tiền mặt của người dân còn phổ biến.", "Về nhận thức, kỹ năng số của người dân")]
    [InlineData("Các phần mềm chuyên ngành chưa liên thông, đồng bộ dữ liệu.", "Về phối hợp, kết nối dữ liệu")]
    [InlineData("Chưa có văn bản hướng dẫn cụ thể của cấp trên.", "Về cơ chế, chính sách, hướng dẫn")]
    [InlineData("Thời tiết mưa bão kéo dài ảnh hưởng tiến độ.", "Các vấn đề khác")]
    public void Of_Sentence_GoesToTheThemeWithMostCues(string sentence, string theme) =>
        Assert.Equal(theme, IssueTheme.Of(sentence).Title);

    [Fact]
    public void Split_SectionBody_DropsListMarksAndShortFragments()
    {
        var sentences = ReportSentences.Split("- Kinh phí còn hạn chế, chưa đáp ứng yêu cầu.\n+ Ngắn.\n2. Đội ngũ cán bộ chuyên trách còn thiếu.").ToList();
        Assert.Equal(["Kinh phí còn hạn chế, chưa đáp ứng yêu cầu.", "Đội ngũ cán bộ chuyên trách còn thiếu."], sentences);
    }

    [Fact]
    public void Split_PartAfterSemicolon_StaysWithItsSentence()
    {
        var sentences = ReportSentences.Split("- Nhận thức của người dân còn hạn chế; thói quen giao dịch trực tiếp còn phổ biến.").ToList();
        var sentence = Assert.Single(sentences);
        Assert.StartsWith("Nhận thức", sentence, StringComparison.Ordinal);
        Assert.EndsWith("còn phổ biến.", sentence, StringComparison.Ordinal);
    }
}
