using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

/// <summary>
/// The word prior (<see cref="RepairModel.WordPrior"/>, <see cref="RepairOptions.WordPriorWeight"/>): the language model
/// learnt from laws, where phương (phương án, địa phương) is 25 times as frequent as phường and và 12 times as vào; news
/// text, nearer to a report, uses phường and vào far more. Sentences written for these tests.
/// </summary>
public sealed class WordPriorTests
{
    private static int Id(string word) => RepairModel.Default.LanguageModel.Vocabulary.IdOf(word);

    [Fact]
    public void WordPrior_IsLoadedWithTheModel_AndFavoursWhatNewsWritesMoreThanLaw()
    {
        var prior = RepairModel.Default.WordPrior;
        Assert.Equal(RepairModel.Default.LanguageModel.Vocabulary.Count, prior.Length);
        Assert.True(prior[Id("phường")] > 0.9f);
        Assert.True(prior[Id("vào")] > 0.5f);
        // Only boosts are shipped: a word law writes more than news keeps its language-model score.
        Assert.Equal(0f, prior[Id("phương")]);
        Assert.Equal(0f, prior[Id("cơ")]);
        // A rare syllable's ratio speaks of news topics, not usage: tạng (950 sightings) gets none.
        Assert.Equal(0f, prior[Id("tạng")]);
        Assert.All(prior, p => Assert.InRange(p, 0f, 1f));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decoder_AddsThePriorToAWordsScore_WithOrWithoutTheDocumentCache(bool withCache)
    {
        // "Ủy ban nhân dân" then one token read as phương or phường at the same channel cost: the law-trained model
        // decides alone without the prior; a prior that favours the other word enough turns the choice.
        var model = RepairModel.Default.LanguageModel;
        var lattice = new Lattice();
        foreach (var word in new[] { "ủy", "ban", "nhân", "dân" })
        {
            lattice.Add(new DecodeOption(Id(word), 0));
        }

        lattice.Add([new DecodeOption(Id("phương"), 1f), new DecodeOption(Id("phường"), 1f)]);
        lattice.Add(new DecodeOption(Id("đã"), 0));
        var cache = withCache ? new DocumentCache(3f, model.Vocabulary.FirstSyllable, model.Vocabulary.Count) : null;

        var plain = new BeamDecoder(model, lmWeight: 0.8f).Decode(lattice, cache)[4];
        var loser = plain == lattice.Positions[4].First ? Id("phường") : Id("phương");
        var prior = new float[model.Vocabulary.Count];
        prior[loser] = 30f;
        var turned = new BeamDecoder(model, lmWeight: 0.8f, wordPrior: prior).Decode(lattice, cache?.Reuse(3f))[4];

        Assert.Equal(loser, lattice.Options[turned].WordId);
        Assert.NotEqual(plain, turned);
    }

    [Fact]
    public void Repair_CleanTextIsUnchangedWithThePrior()
    {
        const string clean = "Ủy ban nhân dân phường đã xây dựng phương án đưa người dân vào hệ thống dịch vụ công.";
        var result = VietnameseTextRepairer.Default.Repair(clean);
        Assert.Equal(clean, result.Restored);
        Assert.False(result.Repaired);
    }
}
