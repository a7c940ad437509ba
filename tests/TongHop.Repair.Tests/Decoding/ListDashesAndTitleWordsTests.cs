using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class ListDashesAndTitleWordsTests
{
    // Shares of capitalised uses after a small word, made up for the tests (the shipped table has the corpus's).
    private static readonly Dictionary<string, float> Shares = new(StringComparer.Ordinal)
    {
        ["vị"] = 0f, ["trí"] = 0.0002f, ["bị"] = 0f, ["nước"] = 0.0003f, ["thiết"] = 0.0001f, ["nhà"] = 0.23f, ["các"] = 0.0001f,
        ["luật"] = 0.27f, ["đấu"] = 0.0005f, ["sở"] = 0.095f, ["của"] = 0.0001f, ["quy"] = 0.018f, ["ban"] = 0.05f,
        ["hành"] = 0.0001f, ["cho"] = 0.0004f, ["ông"] = 0.001f,
    };

    private static float Share(string word) => Shares.TryGetValue(word, out var share) ? share : -1f;

    [Theory]
    [InlineData("~ Ủy ban nhân dân các xã;", "- Ủy ban nhân dân các xã;")]
    [InlineData("¬ Lưu: VT, KT.", "- Lưu: VT, KT.")]
    [InlineData("  ~ Các phòng chuyên môn;", "  - Các phòng chuyên môn;")]
    [InlineData("~ đầu tư hạ tầng số;\tTM. ỦY BAN", "- đầu tư hạ tầng số;\tTM. ỦY BAN")]
    public void AListItemsMarkReadAsATildeOrANotSign_IsADash(string line, string expected) =>
        Assert.Equal(expected, ListDashes.Restore(line));

    [Theory]
    [InlineData("~ 45 % số hộ đã có nước sạch")]
    [InlineData("_a) Lập kế hoạch năm;")]
    [InlineData("_ Độc lập - Tự do - Hạnh phúc")]
    [InlineData("+ Trường tiểu học xã;")]
    [InlineData("– Văn phòng Ủy ban;")]
    [InlineData("số hộ ~ 45 %; tỷ lệ ¬ giảm")]
    [InlineData("~")]
    public void OtherMarksAndPlaces_Stay(string line) =>
        Assert.Same(line, ListDashes.Restore(line));

    [Theory]
    [InlineData("bố trí các Vị trí việc làm", "bố trí các vị trí việc làm")]
    [InlineData("mua sắm thiết Bị y tế cho trạm", "mua sắm thiết bị y tế cho trạm")]
    [InlineData("ngân sách nhà Nước cấp cho xã", "ngân sách nhà nước cấp cho xã")]
    public void ACommonWordReadCapitalisedMidSentence_IsSmall(string line, string expected)
    {
        string[] lines = [line];
        Assert.Equal([0], CaseSlips.RestoreTitleWords(lines, Share));
        Assert.Equal(expected, lines[0]);
    }

    [Fact]
    public void TheShippedCasePrior_GivesTheShareOfCapitalisedUses()
    {
        var model = RepairModel.Default;
        float Of(string word) => model.LanguageModel.Vocabulary.TryGetId(word, out var id) ? model.CapitalShare[id] : float.NaN;
        Assert.InRange(Of("và"), 0f, 0.0001f);
        Assert.InRange(Of("luật"), 0.2f, 0.35f);
    }

    [Theory]
    [InlineData("theo quy định của Sở Tài chính")] // a word often capitalised: an agency
    [InlineData("thực hiện theo luật Đấu thầu năm nay")] // after a word that opens names (a law's name)
    [InlineData("giao cho Tuấn làm thư ký")] // a name: the corpus has too few of its uses to tell
    [InlineData("ban hành Quy chế làm việc")] // a title: quy is capitalised in 1.8 % of its uses
    [InlineData("Các phòng, ban thực hiện")] // the sentence's first word
    [InlineData("mua sắm thiết Bị, y tế")] // before no small word
    [InlineData("hết năm. Vị trí việc làm")] // after a sentence's end
    [InlineData("trang bị “Bị” cho các")] // quoted
    public void AWordThatMayBeCapitalised_Stays(string line)
    {
        string[] lines = [line];
        Assert.Empty(CaseSlips.RestoreTitleWords(lines, Share));
        Assert.Equal(line, lines[0]);
    }
}
