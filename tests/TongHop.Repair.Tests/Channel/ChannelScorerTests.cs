using TongHop.Repair.Channel;

namespace TongHop.Repair.Tests.Channel;

public sealed class ChannelScorerTests
{
    private static readonly ChannelScorer Scorer = new(RepairModel.Default.Confusion);

    [Theory]
    [InlineData("s6", "số", "sở")]
    [InlineData("dugc", "được", "đuốc")]
    [InlineData("chirc", "chức", "chúc")]
    [InlineData("1ap", "lập", "tập")]
    [InlineData("nghé", "nghệ", "nghe")]
    public void Cost_PrefersTheTrueReading(string ocr, string truth, string other) =>
        Assert.True(Scorer.Cost(truth, ocr) < Scorer.Cost(other, ocr), $"{truth} {Scorer.Cost(truth, ocr)} vs {other} {Scorer.Cost(other, ocr)}");

    [Fact]
    public void Generate_FindsCandidatesForGarbledTokens()
    {
        var model = RepairModel.Default;
        foreach (var (ocr, truth) in new[] { ("s6", "số"), ("x4", "xã"), ("trién", "triển"), ("dugc", "được"), ("pang", "đảng") })
        {
            var words = model.Candidates.Generate(ocr).Select(c => model.LanguageModel.Vocabulary.Words[c.WordId]);
            Assert.Contains(truth, words);
        }
    }
}
