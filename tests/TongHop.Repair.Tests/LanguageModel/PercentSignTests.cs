using TongHop.Repair.LanguageModel;
using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Tests.LanguageModel;

/// <summary>
/// The percent sign after a number is a word of the language model: a rate ("tăng 8,2%") and a floor or a count
/// ("tầng 14") are otherwise the same word-and-number, and English OCR writes tăng and tầng alike (`ting`, `tang`).
/// </summary>
public sealed class PercentSignTests
{
    private static readonly RepairModel Model = RepairModel.Default;

    [Fact]
    public void AppendIds_GivesThePercentSignItsOwnId()
    {
        var v = Model.LanguageModel.Vocabulary;
        var ids = new List<int>();
        LmTokenizer.AppendIds(v, "giảm 3,1% so với", ids, []);
        Assert.Equal([v.IdOf("giảm"), Vocabulary.Number, Vocabulary.PunctuationId('%'), v.IdOf("so"), v.IdOf("với")], ids);

        ids.Clear();
        LmTokenizer.AppendIds(v, "cao 9 tầng", ids, []);
        Assert.DoesNotContain(Vocabulary.PunctuationId('%'), ids);
    }

    [Fact]
    public void ShippedModel_ExpectsAPercentAfterARateAndNotAfterAFloor()
    {
        var m = Model.LanguageModel;
        var v = Model.LanguageModel.Vocabulary;
        var percent = Vocabulary.PunctuationId('%');
        Assert.Equal("%", v.Words[percent]);
        var afterRate = m.LogProb(v.IdOf("tăng"), Vocabulary.Number, percent);
        var afterFloor = m.LogProb(v.IdOf("tầng"), Vocabulary.Number, percent);
        Assert.True(afterRate > afterFloor + 2, $"{afterRate} vs {afterFloor}");
    }

    [Theory]
    [InlineData("Thu nhap binh quan cua nguoi dan trong xa ting 12,5% so voi nam truoc.", "xã tăng 12,5%")]
    [InlineData("Ho so tiép nhan truc tuyén ting 7,6% so véi nam 2024.", "tuyến tăng 7,6%")]
    public void Repair_ReadsARateBeforeAPercentSign(string ocr, string expected) =>
        Assert.Contains(expected, VietnameseTextRepairer.Default.Repair(ocr).Restored, StringComparison.Ordinal);
}
