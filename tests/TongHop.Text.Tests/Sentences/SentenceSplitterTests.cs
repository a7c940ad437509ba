using TongHop.Text.Sentences;

namespace TongHop.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text).Select(span => SentenceText.Evidence(text, span)).ToArray();

    [Fact]
    public void Split_JoinsLinesWrappedInsideASentence() =>
        Assert.Equal(
            ["Duy trì Hệ thống hội nghị truyền hình trực tuyến, đảm bảo kết nối liên thông 03 cấp.", "Trong 9 tháng, đã tổ chức được 27 cuộc họp trực tuyến."],
            Split("Duy trì Hệ thống hội nghị truyền hình trực tuyến, đảm bảo kết nối liên\nthông 03 cấp. Trong 9 tháng, đã tổ chức được 27 cuộc họp\ntrực tuyến."));

    [Fact]
    public void Split_EndsAfterAShortLabelledFigureLine() =>
        Assert.Equal(
            ["Thôn Đông: 6 thành viên", "Thôn Tây: 5 thành viên", "Các tổ đã hướng dẫn 200 người dân."],
            Split("Thôn Đông: 6 thành viên\nThôn Tây: 5 thành viên\nCác tổ đã hướng dẫn 200 người dân."));

    [Fact]
    public void Split_JoinsAWrappedProseLineThatHasAColonAndAFigure() =>
        Assert.Equal(
            ["Kết quả: 95% hồ sơ được giải quyết đúng hạn, trong đó thủ tục của Sở Tư pháp đạt 100%."],
            Split("Kết quả: 95% hồ sơ được giải quyết đúng hạn, trong đó thủ tục của\nSở Tư pháp đạt 100%."));

    [Fact]
    public void Split_JoinsAWrappedLineWithAFigureAndManyWords() =>
        Assert.Equal(
            ["Kết quả: 95 hồ sơ được giải quyết đúng hạn tại bộ phận của Sở Tư pháp."],
            Split("Kết quả: 95 hồ sơ được giải quyết đúng hạn tại bộ phận của\nSở Tư pháp."));

    [Fact]
    public void Split_EndsAtBulletsAndBlankLines() =>
        Assert.Equal(
            ["Số hóa hồ sơ giải quyết TTHC", "Tổng số hồ sơ TTHC khi tiếp nhận 421.", "Số hồ sơ có kết quả số hóa 421."],
            Split("Số hóa hồ sơ giải quyết TTHC\n\n+ Tổng số hồ sơ TTHC khi tiếp nhận 421.\n\n+ Số hồ sơ có kết quả số hóa 421."));

    [Fact]
    public void Split_EndsAtSemicolonOutsideParentheses() =>
        Assert.Equal(
            ["90% cán bộ được bồi dưỡng (tính cả tập huấn; tự học);", "80% cán bộ làm chủ kỹ năng số."],
            Split("90% cán bộ được bồi dưỡng (tính cả tập huấn; tự học); 80% cán bộ làm chủ kỹ năng số."));

    [Fact]
    public void Split_KeepsAPageBreakInsideASentence() =>
        Assert.Equal(
            ["phục vụ tốt nhất việc tiếp nhận cho công dân trên địa bàn xã."],
            Split("phục vụ tốt nhất việc tiếp nhận cho\n\n\n\ncông dân trên địa bàn xã."));

    [Fact]
    public void Split_KeepsACountAfterAPageBreakInItsSentence() =>
        Assert.Equal(
            ["Ở khu phố, 8 tổ đã được kiện toàn với 40 thành viên.", "12 Số máy tính 40 38"],
            Split("Ở khu phố, 8 tổ đã được kiện toàn với\n\n\n40 thành viên.\n\n12 Số máy tính 40 38"));

    [Fact]
    public void Split_ALoneZeroAfterAPageBreakIsNoCount() =>
        Assert.Equal(
            ["Thành lập 12 tổ công nghệ số", "0 các thôn có 60 thành viên."],
            Split("Thành lập 12 tổ công nghệ số\n\n0 các thôn có 60 thành viên."));

    [Fact]
    public void Split_EndsAHeadingAtItsLine() =>
        Assert.Equal(
            ["8. Kinh tế số và Xã hội số", "Kinh tế số được quan tâm."],
            Split("8. Kinh tế số và Xã hội số\nKinh tế số được quan tâm."));

    [Theory]
    [InlineData("Tại TP. Quảng Ngãi có 5 xã.")]
    [InlineData("KT. CHỦ TỊCH ký.")]
    [InlineData("Tổng kinh phí 7.630.404.000 đồng.")]
    [InlineData("Trang nq57.vn hoạt động tốt.")]
    [InlineData("Các mục 2.1. và 2.2. đã xong.")]
    public void Split_DoesNotEndAtAbbreviationsOrNumbers(string text) =>
        Assert.Single(SentenceSplitter.Split(text));

    [Fact]
    public void Split_SpansPointIntoTheText()
    {
        const string text = "- Về hạ tầng: Tỷ lệ phủ sóng 4G\ntrên địa bàn đạt 100%.\n";
        var span = Assert.Single(SentenceSplitter.Split(text));
        Assert.Equal("Về hạ tầng: Tỷ lệ phủ sóng 4G\ntrên địa bàn đạt 100%.", span.Slice(text));
        Assert.Equal("Về hạ tầng: Tỷ lệ phủ sóng 4G trên địa bàn đạt 100%.", SentenceText.Evidence(text, span));
    }

    [Fact]
    public void Split_BoundsAVeryLongSentence()
    {
        var text = string.Concat(Enumerable.Repeat("chữ chữ chữ chữ chữ chữ chữ chữ\n", 2_000));
        Assert.All(SentenceSplitter.Split(text), s => Assert.True(s.Length <= SentenceSplitter.MaxSentenceLength + 100));
    }

    [Fact]
    public void Split_CutsARunOnLineWithoutPunctuation()
    {
        var text = string.Concat(Enumerable.Repeat("(chữ chữ chữ chữ ", 3_000));
        Assert.True(SentenceSplitter.Split(text).Count > 1);
    }

    [Fact]
    public void Split_EmptyTextHasNoSentences() => Assert.Empty(SentenceSplitter.Split(""));
}
