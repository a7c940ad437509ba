using TongHop.Repair.Channel;

namespace TongHop.Repair.Tests.Channel;

public sealed class ConfusionModelTests
{
    private const string Rows = "C\từ\tir\t1.500\t20\nC\tứ\tú\t0.400\t90\nC\tử\tu\t2.000\t9\nC\tử\tt\t0.760\t49\nC\tự\ty\t0.800\t50\n";

    private static ConfusionModel Read(string text) => ConfusionModel.Read(new StringReader(text));

    [Fact]
    public void ToneBackoff_LendsAToneItsFamilysRenderingsAtAPenalty()
    {
        var backedOff = Read("U\ttone-backoff\t1.000\n" + Rows);
        var plain = Read(Rows);
        Assert.Equal(2.5f, backedOff.Split('ử', 'i', 'r'), 3);
        Assert.Equal(2.5f, backedOff.Split('ư', 'i', 'r'), 3);
        Assert.Equal(1.76f, backedOff.Substitute('ừ', 't'), 3);
        Assert.Equal(2.5f, backedOff.Substitute('ừ', 'u'), 3); // ử's 2.0 + 1 is dearer than a same-letter reading's own price
        Assert.True(plain.Split('ử', 'i', 'r') > 5f);
    }

    [Fact]
    public void ToneBackoff_KeepsLearntCostsToneMarkedRenderingsAndOtherLetters()
    {
        var model = Read("U\ttone-backoff\t1.000\n" + Rows);
        Assert.Equal(1.5f, model.Split('ừ', 'i', 'r'), 3);   // learnt: not replaced
        Assert.Equal(2.0f, model.Substitute('ử', 'u'), 3);   // learnt, though ừ… give nothing cheaper
        Assert.Equal(2.5f, model.Substitute('ừ', 'ú'), 3);    // ú says the tone is a sắc: not lent to ừ (the unseen price)
        Assert.Equal(2.5f, model.Substitute('ỳ', 'y'), 3);    // y is another letter: ư's family lends it nothing
        Assert.True(model.Substitute('ừ', 'y') > 5f);         // ự's "y" is its dot below: not lent to ừ
        Assert.True(model.Split('ự', 'i', 'r') >= 9f);        // nor does ự borrow ừ's "ir"
        Assert.True(model.Split('u', 'i', 'r') >= 9f);        // u (no horn) is another family than ư
    }

    [Fact]
    public void NoisyRows_GiveAChannelWithTheirUnseenPricesAndTheSameLearntCosts()
    {
        var model = Read("U\tother\t10.000\nU\tsame-letter\t4.000\nU\tchange\t1.000\nN\tother\t6.000\nN\tsame-letter\t3.000\n" + Rows);
        Assert.NotNull(model.Noisy);
        Assert.Equal(10f, model.Substitute('a', 'k'), 3);          // another letter, never seen
        Assert.Equal(6f, model.Noisy!.Substitute('a', 'k'), 3);     // cheaper where strokes break
        Assert.Equal(4f, model.Substitute('à', 'á'), 3);           // a tone change, never seen
        Assert.Equal(3f, model.Noisy.Substitute('à', 'á'), 3);
        Assert.Equal(0.4f, model.Noisy.Substitute('ứ', 'ú'), 3);    // learnt: the same
        Assert.Equal(1f, model.Noisy.ChangeCost, 3);               // not overridden: the file's U row
        Assert.Null(model.Noisy.Noisy);
    }

    [Fact]
    public void NoisyRows_AbsentGiveNoNoisyChannel() => Assert.Null(Read(Rows).Noisy);
}
