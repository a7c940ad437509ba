using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

/// <summary>
/// The beam's cap on hypotheses that end in the same word (<see cref="RepairOptions.BeamWordCap"/>): without it, a narrow
/// beam fills with one reading of a token under several pasts, and the reading that only the next word would choose is
/// gone before that word is read. Words chosen for the test, not taken from any sample.
/// </summary>
public sealed class BeamWordCapTests
{
    private static int Id(string word) => RepairModel.Default.LanguageModel.Vocabulary.IdOf(word);

    [Fact]
    public void Cap_KeepsAnotherReadingOfATokenUntilTheNextWordDecides()
    {
        // "kết quả | của/và | quy/quý | III": after "quy" alone the model prefers quy, the Roman numeral after it says quý.
        var model = RepairModel.Default.LanguageModel;
        var lattice = new Lattice();
        lattice.Add(new DecodeOption(Id("kết"), 0));
        lattice.Add(new DecodeOption(Id("quả"), 0));
        lattice.Add([new DecodeOption(Id("của"), 0), new DecodeOption(Id("và"), 0), new DecodeOption(Id("các"), 0)]);
        lattice.Add([new DecodeOption(Id("quy"), 0), new DecodeOption(Id("quý"), 1.5f)]);
        lattice.Add(new DecodeOption(Id("iii"), 0));
        lattice.Add(new DecodeOption(Id("năm"), 0));

        var narrow = new BeamDecoder(model, beamWidth: 3, lmWeight: 0.8f).Decode(lattice)[3];
        var capped = new BeamDecoder(model, beamWidth: 3, lmWeight: 0.8f, maxPerWord: 1).Decode(lattice)[3];
        var wide = new BeamDecoder(model, beamWidth: 30, lmWeight: 0.8f).Decode(lattice)[3];

        Assert.Equal(Id("quý"), lattice.Options[wide].WordId);
        Assert.Equal(Id("quy"), lattice.Options[narrow].WordId);
        Assert.Equal(Id("quý"), lattice.Options[capped].WordId);
    }
}
