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

    [Theory]
    [InlineData("tmg", "ứng")]
    [InlineData("chimg", "chứng")]
    [InlineData("mg", "ứng")]
    [InlineData("16", "tổ")]
    public void Cost_OfAFinalMgAndOfAOneForTIsBelowKeepingTheToken(string ocr, string truth)
    {
        // Keeping a garbled token costs 9 nats (RepairOptions.KeepCost): above that the reading was never chosen.
        Assert.True(Scorer.Cost(truth, ocr) < 6f, $"{truth} {Scorer.Cost(truth, ocr)}");
    }

    [Fact]
    public void Cost_OfAnMBeforeAnythingButGStaysTheLearntOne() =>
        Assert.True(Scorer.Cost("nhân", "nhâm") > 5f, $"{Scorer.Cost("nhân", "nhâm")}");

    [Theory]
    [InlineData("ting", "ứng")]
    [InlineData("trng", "ứng")]
    [InlineData("tr", "ừ")]
    [InlineData("wr", "tử")] // a first t and a marked ư as a w and an r
    [InlineData("wr", "từ")]
    public void Cost_OfAFirstTonedHornedUReadAsTAndALetterIsLow(string ocr, string truth) =>
        Assert.True(Scorer.Cost(truth, ocr) < 2.5f, $"{truth} {Scorer.Cost(truth, ocr)}");

    [Theory]
    [InlineData("ting", "ưng")] // no mark to become the t
    [InlineData("thing", "ứng")] // t and h: not the t of a horn
    [InlineData("ting", "hứng")] // the horned u is not the syllable's first letter
    [InlineData("tang", "ứng")] // a is no rendering this step knows
    [InlineData("wr", "tư")] // no mark to become the r
    [InlineData("wr", "hử")] // no t to run into the w
    [InlineData("awr", "tử")] // the w is not the token's first letter
    public void Cost_OfATOrWBeforeOtherLettersStaysTheLearntOne(string ocr, string clean) =>
        Assert.True(Scorer.Cost(clean, ocr) > 3f, $"{clean} {Scorer.Cost(clean, ocr)}");

    [Fact]
    public void Cost_OfAWAloneDoesNotPutTuongBeforeUong() =>
        Assert.True(Scorer.Cost("ương", "wong") < Scorer.Cost("tương", "wong"), $"{Scorer.Cost("ương", "wong")} vs {Scorer.Cost("tương", "wong")}");
}
